import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  RecordContextProvider,
  ResourceContextProvider,
  SelectField,
  TextField,
  useTranslate,
} from 'react-admin';
import type { ReactNode } from 'react';
import { JENIS_ASN, STATUS_PEGAWAI } from './choices';
import { GolonganField, JenisKelaminField, NipField, TanggalField, WaktuRelatifField } from './fields';
import type { Pegawai } from '../dataProvider/types';

const Block = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle2" color="primary" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(title)}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>{children}</Box>
      </CardContent>
    </Card>
  );
};

/**
 * Read-only view of a pegawai record (Show page and the portal's Profil Saya).
 * `withPrivate` adds NIK, NPWP, address and bank account; `withAccount` the
 * last login of the linked account.
 */
export const PegawaiDetail = ({
  record,
  withPrivate = true,
  withAccount = true,
}: {
  record?: Pegawai;
  withPrivate?: boolean;
  withAccount?: boolean;
}) => {
  const content = (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="pegawai-detail">
      <Block title="mskp.bagian.identitas">
        <Labeled source="nip">
          <NipField source="nip" />
        </Labeled>
        <Labeled source="nama_lengkap">
          <TextField source="nama_lengkap" />
        </Labeled>
        <Labeled source="tanggal_lahir">
          <TanggalField source="tanggal_lahir" />
        </Labeled>
        <Labeled source="jenis_kelamin">
          <JenisKelaminField />
        </Labeled>
      </Block>
      <Block title="mskp.bagian.kepegawaian">
        <Labeled source="jabatan_nama">
          <TextField source="jabatan_nama" emptyText="-" />
        </Labeled>
        <Labeled source="opd_nama">
          <TextField source="opd_nama" emptyText="-" />
        </Labeled>
        <Labeled source="jenis_asn">
          <SelectField source="jenis_asn" choices={JENIS_ASN} />
        </Labeled>
        <Labeled source="golongan">
          <GolonganField />
        </Labeled>
        <Labeled source="status">
          <SelectField source="status" choices={STATUS_PEGAWAI} />
        </Labeled>
        <Labeled source="tmt_cpns">
          <TanggalField source="tmt_cpns" />
        </Labeled>
        <Labeled source="cpns">
          <BooleanField source="cpns" />
        </Labeled>
      </Block>
      {withPrivate ? (
        <Block title="mskp.bagian.pribadi">
          <Labeled source="nik">
            <TextField source="nik" emptyText="-" />
          </Labeled>
          <Labeled source="npwp">
            <TextField source="npwp" emptyText="-" />
          </Labeled>
          <Labeled source="alamat">
            <TextField source="alamat" emptyText="-" />
          </Labeled>
          <Labeled source="nama_bank">
            <TextField source="nama_bank" emptyText="-" />
          </Labeled>
          <Labeled source="kode_bank">
            <TextField source="kode_bank" emptyText="-" />
          </Labeled>
          <Labeled source="nomor_rekening">
            <TextField source="nomor_rekening" emptyText="-" />
          </Labeled>
          <Labeled source="gaji_bpjs">
            <NumberField
              source="gaji_bpjs"
              locales="id-ID"
              options={{ style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }}
              emptyText="-"
            />
          </Labeled>
        </Block>
      ) : null}
      {withAccount ? (
        <Block title="mskp.bagian.akun">
          <Labeled source="lastLoginAt">
            <WaktuRelatifField source="lastLoginAt" />
          </Labeled>
        </Block>
      ) : null}
    </Box>
  );
  if (!record) return content;
  return (
    <ResourceContextProvider value="pegawai">
      <RecordContextProvider value={record}>{content}</RecordContextProvider>
    </ResourceContextProvider>
  );
};
