import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  List as MuiList,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useGetList, useLocation, useNavigate, useCanAccess, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider, type Opd } from '../dataProvider';
import { branchIds, buildTree, countNodes } from './tree';
import { NodePohon } from './NodePohon';

const opdFromSearch = (search: string) => new URLSearchParams(search).get('opd') ?? '';

/** `/jabatan/pohon`: the position tree of one OPD with today's holders. */
export const PohonJabatan = () => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const dataProvider = useMskpDataProvider();
  const { me } = useMe();
  const { canAccess: canShow } = useCanAccess({ resource: 'jabatan', action: 'show' });

  const { data: opdList = [], isPending: opdPending } = useGetList<Opd>('opd', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nama', order: 'ASC' },
    filter: {},
  });

  const requested = opdFromSearch(location.search);
  const ownOpd = me?.pegawai?.opd;
  // default: the OPD in the URL, else the user's own OPD, else the only one visible
  const opdId = useMemo(() => {
    if (requested) return requested;
    if (ownOpd) {
      const match = opdList.find(
        (opd) => opd.id === ownOpd.documentId || opd.id === String(ownOpd.id) || opd.kode_opd === ownOpd.kode_opd,
      );
      if (match) return String(match.id);
    }
    return opdList.length === 1 ? String(opdList[0].id) : '';
  }, [requested, ownOpd, opdList]);

  const selectOpd = (id: string) => navigate(id ? `/jabatan/pohon?opd=${encodeURIComponent(id)}` : '/jabatan/pohon');

  const {
    data: jabatan,
    error,
    isPending,
    isFetching,
  } = useQuery({
    queryKey: ['jabatan', 'pohon', opdId],
    queryFn: () => dataProvider.pohonJabatan(opdId),
    enabled: !!opdId,
    placeholderData: keepPreviousData,
    retry: false,
    refetchOnWindowFocus: false,
  });
  // no OPD chosen: no tree, even while the last one is kept as a placeholder
  const tree = useMemo(() => buildTree(opdId ? (jabatan ?? []) : []), [jabatan, opdId]);
  const allBranches = useMemo(() => branchIds(tree), [tree]);
  const [open, setOpen] = useState<Set<string>>(new Set());
  // open the first two levels when a tree is loaded
  useEffect(() => {
    setOpen(new Set(tree.flatMap((root) => (root.children.length ? [String(root.item.id)] : []))));
  }, [tree]);

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const selected = opdList.find((opd) => String(opd.id) === opdId) ?? null;

  return (
    <Box sx={{ mt: 1 }} data-testid="pohon-jabatan">
      <Title title="mskp.pohon.judul" />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Autocomplete
              sx={{ minWidth: 320, flex: '1 1 320px', maxWidth: 560 }}
              options={opdList}
              loading={opdPending}
              value={selected}
              getOptionLabel={(option) => option.nama}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              onChange={(_event, value) => selectOpd(value ? String(value.id) : '')}
              renderInput={(params) => (
                <MuiTextField
                  {...params}
                  label={translate('mskp.common.pilih_opd')}
                  size="small"
                  data-testid="pohon-pilih-opd"
                />
              )}
            />
            {tree.length > 0 ? (
              <>
                <Typography variant="body2" color="text.secondary">
                  {translate('mskp.pohon.jumlah', { smart_count: countNodes(tree) })}
                </Typography>
                <Box sx={{ flex: 1 }} />
                <Button size="small" startIcon={<UnfoldMoreIcon />} onClick={() => setOpen(new Set(allBranches))}>
                  {translate('mskp.pohon.bentangkan_semua')}
                </Button>
                <Button size="small" startIcon={<UnfoldLessIcon />} onClick={() => setOpen(new Set())}>
                  {translate('mskp.pohon.ciutkan_semua')}
                </Button>
              </>
            ) : null}
          </Box>
        </CardContent>
        {opdId && (isPending || isFetching) ? <LinearProgress /> : null}
      </Card>

      <Box sx={{ mt: 2 }}>
        {error ? (
          <Alert severity="error">
            {translate('mskp.error.gagal_memuat', { pesan: translate(error.message, { _: error.message }) })}
          </Alert>
        ) : !opdId ? (
          <EmptyNote testId="pohon-pilih">{translate('mskp.pohon.pilih_opd')}</EmptyNote>
        ) : !isPending && tree.length === 0 ? (
          <EmptyNote testId="pohon-kosong">
            {translate('mskp.pohon.kosong')} {translate('mskp.pohon.kosong_petunjuk')}
          </EmptyNote>
        ) : tree.length > 0 ? (
          <Card>
            <MuiList dense data-testid="pohon-tree">
              {tree.map((node) => (
                <NodePohon key={String(node.item.id)} node={node} open={open} toggle={toggle} canShow={!!canShow} />
              ))}
            </MuiList>
          </Card>
        ) : null}
      </Box>
    </Box>
  );
};
