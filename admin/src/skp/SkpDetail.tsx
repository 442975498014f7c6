import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Skeleton,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import SendIcon from '@mui/icons-material/Send';
import { useState, type ReactNode } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import { intlLocale } from '../i18n';
import { formatDate } from '../util/format';
import { kedudukan, skpBolehDiubah } from './aturan';
import { CetakSkp } from './CetakDialog';
import { KonflikDuplikat } from './KonflikDuplikat';
import { DokumenSkp } from './DokumenSkp';
import { LampiranTab } from './LampiranTab';
import { KeputusanDialog, Pejabat, StatusSkpChip } from './komponen';
import { useAksi, useRhkAtasan, useSkp } from './kueri';
import { PerilakuTab } from './PerilakuTab';
import { RencanaTab } from './RencanaTab';
import type { TabSkp } from '../common/skp';
import { RiwayatTab } from './RiwayatTab';

const TabPanel = ({ value, nilai, children }: { value: string; nilai: string; children: ReactNode }) =>
  value === nilai ? (
    <Box role="tabpanel" id={`panel-${nilai}`} aria-labelledby={`tab-${nilai}`} sx={{ pt: 2 }}>
      {children}
    </Box>
  ) : null;

/**
 * The SKP screen (`/skp/:id/show`): identity of the pegawai, penilai and atasan penilai, the
 * workflow buttons by standing, and tabs: plan (RHK/IKI), behaviour (ekspektasi), attachments,
 * and the validation history in its own tab.
 */
export const SkpDetail = ({ tabRencanaAksi: TabRencanaAksi }: { tabRencanaAksi?: TabSkp }) => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useMskpDataProvider();
  const { me, isPending: mePending } = useMe();
  const [tab, setTab] = useState('rencana');
  const [dialog, setDialog] = useState<'tolak' | 'setujui' | null>(null);
  const { data: skp, error, isPending } = useSkp(id);
  const atasan = useRhkAtasan(skp, me?.pegawai?.nip);
  const { sibuk, jalankan } = useAksi(id);

  if ((isPending && !skp) || mePending) return <Skeleton variant="rectangular" height={320} sx={{ mt: 2 }} />;
  if (error || !skp) {
    return (
      <Alert severity="error" sx={{ mt: 2 }} data-testid="skp-galat">
        {error?.message ?? translate('ra.notification.item_doesnt_exist')}
      </Alert>
    );
  }
  const saya = kedudukan(me?.role?.type, me?.pegawai?.nip, skp.pegawai?.nip, skp.kedudukan_saya?.penilai);
  const nama = skp.pegawai_snapshot?.nama ?? skp.pegawai?.nama ?? '';
  const tanggal = (value: string) => formatDate(value, intlLocale(locale));

  return (
    <Box sx={{ mt: 1 }} data-testid="skp-detail" data-skp-id={skp.id}>
      <Title title={translate('mskp.skp.judul_detail', { tahun: skp.tahun, nama })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
            <Typography variant="h5" component="h1" sx={{ mr: 1 }} data-testid="skp-judul">
              SKP {skp.tahun}
            </Typography>
            <StatusSkpChip status={skp.status} testId="skp-status" />
            <Chip
              size="small"
              variant="outlined"
              label={translate(`mskp.skp.jenis.${skp.jenis}`)}
              data-testid="skp-jenis"
            />
            <Typography variant="body2" color="text.secondary">
              {translate('mskp.skp.periode')}: {tanggal(skp.periode_mulai)} – {tanggal(skp.periode_akhir)}
            </Typography>
            <Box sx={{ flex: 1 }} />
            <CetakSkp skpId={skp.id} />
            {saya.pemilik && skpBolehDiubah(skp.status) ? (
              <Button
                variant="contained"
                startIcon={<SendIcon />}
                disabled={sibuk}
                data-testid="skp-ajukan"
                onClick={() => void jalankan(() => dataProvider.ajukanSkp(skp.id), 'mskp.skp.diajukan')}
              >
                {translate('mskp.skp.ajukan')}
              </Button>
            ) : null}
            {saya.pemutus && skp.status === 'DIAJUKAN' ? (
              <>
                <Button
                  variant="outlined"
                  color="error"
                  startIcon={<CloseIcon />}
                  data-testid="skp-tolak"
                  onClick={() => setDialog('tolak')}
                >
                  {translate('mskp.skp.tolak')}
                </Button>
                <Button
                  variant="contained"
                  color="success"
                  startIcon={<CheckIcon />}
                  data-testid="skp-setujui"
                  onClick={() => setDialog('setujui')}
                >
                  {translate('mskp.skp.setujui')}
                </Button>
              </>
            ) : null}
          </Box>
          {skp.status === 'DITOLAK' && skp.catatan_penolakan ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="skp-catatan-penolakan">
              <AlertTitle>{translate('mskp.skp.catatan_penolakan')}</AlertTitle>
              <Box sx={{ whiteSpace: 'pre-wrap' }} data-testid="skp-catatan-teks">
                {skp.catatan_penolakan}
              </Box>
              {saya.pemilik ? (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {translate('mskp.skp.catatan_perbaiki')}
                </Typography>
              ) : null}
            </Alert>
          ) : null}
          {skp.status === 'DIAJUKAN' && saya.pemilik ? (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="skp-menunggu">
              {translate('mskp.skp.menunggu_penilai')}
            </Alert>
          ) : null}
          <KonflikDuplikat skp={skp} />
          <DokumenSkp skp={skp} pemilik={saya.pemilik} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
            <Pejabat judul="mskp.skp.pegawai" orang={skp.pegawai_snapshot} testId="skp-pegawai" />
            <Pejabat judul="mskp.skp.penilai" orang={skp.penilai} testId="skp-penilai" />
            <Pejabat judul="mskp.skp.atasan_penilai" orang={skp.atasan_penilai} testId="skp-atasan-penilai" />
          </Box>
        </CardContent>
      </Card>

      <Card>
        <Tabs
          value={tab}
          onChange={(_event, value: string) => setTab(value)}
          variant="scrollable"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
        >
          <Tab value="rencana" id="tab-rencana" data-testid="tab-rencana" label={translate('mskp.skp.tab_rencana')} />
          <Tab value="renaksi" id="tab-renaksi" data-testid="tab-renaksi" label={translate('mskp.renaksi.tab')} />
          <Tab
            value="perilaku"
            id="tab-perilaku"
            data-testid="tab-perilaku"
            label={translate('mskp.skp.tab_perilaku')}
          />
          <Tab
            value="lampiran"
            id="tab-lampiran"
            data-testid="tab-lampiran"
            label={translate('mskp.skp.tab_lampiran')}
          />
          <Tab value="riwayat" id="tab-riwayat" data-testid="tab-riwayat" label={translate('mskp.skp.tab_riwayat')} />
        </Tabs>
        <CardContent>
          <TabPanel value={tab} nilai="rencana">
            <RencanaTab skp={skp} saya={saya} atasan={atasan} />
          </TabPanel>
          <TabPanel value={tab} nilai="renaksi">
            {TabRencanaAksi ? <TabRencanaAksi skp={skp} saya={saya} /> : null}
          </TabPanel>
          <TabPanel value={tab} nilai="perilaku">
            <PerilakuTab key={skp.updatedAt} skp={skp} saya={saya} />
          </TabPanel>
          <TabPanel value={tab} nilai="lampiran">
            <LampiranTab key={skp.updatedAt} skp={skp} saya={saya} />
          </TabPanel>
          <TabPanel value={tab} nilai="riwayat">
            <RiwayatTab skp={skp} />
          </TabPanel>
        </CardContent>
      </Card>

      {dialog ? (
        <KeputusanDialog
          open
          judul={dialog === 'tolak' ? 'mskp.skp.tolak_judul' : 'mskp.skp.setujui_judul'}
          petunjuk={dialog === 'tolak' ? 'mskp.skp.tolak_petunjuk' : 'mskp.skp.setujui_petunjuk'}
          wajibCatatan={dialog === 'tolak'}
          sebagaiAdmin={saya.sebagaiAdmin}
          sibuk={sibuk}
          testId={dialog === 'tolak' ? 'skp-tolak-dialog' : 'skp-setujui-dialog'}
          onClose={() => setDialog(null)}
          onKirim={(input) =>
            void jalankan(
              () =>
                dialog === 'tolak' ? dataProvider.tolakSkp(skp.id, input) : dataProvider.setujuiSkp(skp.id, input),
              dialog === 'tolak' ? 'mskp.skp.ditolak' : 'mskp.skp.disetujui',
            ).then((ok) => ok && setDialog(null))
          }
        />
      ) : null}
    </Box>
  );
};
