import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { AktivitasPengguna } from './aktivitas-pengguna/AktivitasPengguna';
import auditLog from './audit-log';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import jabatan, { PohonJabatan } from './jabatan';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import opd from './opd';
import pegawai from './pegawai';
import penugasan from './penugasan';
import { Beranda, PenugasanSaya, ProfilSaya } from './portal';
import { PemeriksaanRealisasi } from './renaksi/PemeriksaanRealisasi';
import { RencanaAksiSaya } from './renaksi/RencanaAksiSaya';
import { RencanaAksiTab } from './renaksi/RencanaAksiTab';
import { realisasiResource, rencanaAksiResource } from './renaksi/daftar';
import { StatistikRhk } from './renaksi/StatistikRhk';
import { LaporanPredikat } from './laporan-predikat/LaporanPredikat';
import { evaluasiResource } from './evaluasi/daftar';
import { EvaluasiSaya } from './evaluasi/EvaluasiSaya';
import { FormEvaluasi } from './evaluasi/FormEvaluasi';
import { PenilaianKinerja } from './evaluasi/PenilaianKinerja';
import { PerhitunganTpp } from './tpp/PerhitunganTpp';
import { ImporPresensi } from './tpp/ImporPresensi';
import { DpaPk } from './dpa/DpaPk';
import { TppSaya } from './tpp/TppSaya';
import riwayatLogin from './riwayat-login';
import sinkronPlt from './plt';
import syncLog from './sync-log';
import sasaranOpd from './sasaran-opd';
import skp, { PersetujuanSkp, SkpDetail, SkpSaya } from './skp';
import { theme } from './theme';
import tokenApi from './token-api';
import users from './users';

/** The home page: the back-office dashboard, or the portal's Beranda for a pegawai. */
const Dasbor = () => <Dashboard beranda={<Beranda />} />;

/** Wiring only: providers, resources and custom pages live in their folders. */
export const App = () => (
  <Admin
    title="M-SKP"
    disableTelemetry
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    dashboard={Dasbor}
    theme={theme}
  >
    <Resource name="opd" {...opd} />
    <Resource name="jabatan" {...jabatan} />
    <Resource name="pegawai" {...pegawai} />
    <Resource name="penugasan" {...penugasan} />
    <Resource name="users" {...users} />
    <Resource name="riwayat-login" {...riwayatLogin} />
    <Resource name="audit-log" {...auditLog} />
    <Resource name="skp" {...skp} show={<SkpDetail tabRencanaAksi={RencanaAksiTab} />} />
    <Resource name="rhk" />
    <Resource name="rencana-aksi" {...rencanaAksiResource} />
    <Resource name="realisasi" {...realisasiResource} />
    <Resource name="sasaran-opd" {...sasaranOpd} />
    <Resource name="evaluasi" {...evaluasiResource} />
    <Resource name="sinkron-plt" {...sinkronPlt} />
    <Resource name="sync-log" {...syncLog} />
    <Resource name="tpp" />
    <Resource name="token-api" {...tokenApi} />
    <CustomRoutes>
      <Route path="/jabatan/pohon" element={<PohonJabatan />} />
      <Route path="/aktivitas-pengguna" element={<AktivitasPengguna />} />
      <Route path="/profil" element={<ProfilSaya />} />
      <Route path="/penugasan-saya" element={<PenugasanSaya />} />
      <Route path="/skp-saya" element={<SkpSaya />} />
      <Route path="/persetujuan-skp" element={<PersetujuanSkp />} />
      <Route path="/rencana-aksi-saya" element={<RencanaAksiSaya />} />
      <Route path="/pemeriksaan-realisasi" element={<PemeriksaanRealisasi />} />
      <Route path="/statistik-rhk" element={<StatistikRhk />} />
      <Route path="/laporan-predikat" element={<LaporanPredikat />} />
      <Route path="/penilaian-kinerja" element={<PenilaianKinerja />} />
      <Route path="/penilaian-kinerja/:nip" element={<FormEvaluasi />} />
      <Route path="/evaluasi-saya" element={<EvaluasiSaya />} />
      <Route path="/perhitungan-tpp" element={<PerhitunganTpp />} />
      <Route path="/impor-presensi" element={<ImporPresensi />} />
      <Route path="/dpa" element={<DpaPk />} />
      <Route path="/tpp-saya" element={<TppSaya />} />
    </CustomRoutes>
  </Admin>
);

export default App;
