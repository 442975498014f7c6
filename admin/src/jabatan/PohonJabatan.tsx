import { Fragment, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Collapse,
  IconButton,
  LinearProgress,
  List as MuiList,
  ListItem,
  ListItemText,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import StarIcon from '@mui/icons-material/Star';
import { Title, useCanAccess, useGetList, useLocation, useNavigate, useTranslate } from 'react-admin';
import { EmptyNote } from '../common/EmptyState';
import { useAsync } from '../common/useAsync';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider, type Jabatan, type Opd } from '../dataProvider';
import { formatNip } from '../util/format';
import { branchIds, buildTree, countNodes, pemangkuLabel, type TreeNode } from './tree';
import { RouterLink } from '../common/RouterLink';

const Pemangku = ({ jabatan }: { jabatan: Jabatan }) => {
  const translate = useTranslate();
  const label = pemangkuLabel(jabatan);
  if (label.kind === 'kosong') {
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('mskp.pohon.kosong_label')}
        data-testid="pemangku-kosong"
      />
    );
  }
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      {label.prefix ? (
        <Chip size="small" color="info" label={label.prefix} sx={{ height: 20 }} data-testid="pemangku-plt" />
      ) : null}
      <Typography component="span" variant="body2">
        {label.nama}
      </Typography>
      {label.nip ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {formatNip(label.nip)}
        </Typography>
      ) : null}
    </Box>
  );
};

const Node = ({
  node,
  open,
  toggle,
  canShow,
}: {
  node: TreeNode<Jabatan>;
  open: Set<string>;
  toggle: (id: string) => void;
  canShow: boolean;
}) => {
  const translate = useTranslate();
  const id = String(node.item.id);
  const expanded = open.has(id);
  const hasChildren = node.children.length > 0;
  const jabatan = node.item;
  return (
    <Fragment>
      <ListItem
        data-testid="pohon-node"
        data-jabatan-id={id}
        sx={{
          pl: 1 + node.depth * 3,
          borderLeft: node.depth > 0 ? '1px dashed' : 'none',
          borderColor: 'divider',
          ml: node.depth > 0 ? 1 : 0,
          alignItems: 'flex-start',
        }}
        secondaryAction={
          hasChildren ? (
            <IconButton
              edge="end"
              onClick={() => toggle(id)}
              aria-expanded={expanded}
              aria-label={translate(expanded ? 'mskp.pohon.ciutkan_semua' : 'ra.action.expand')}
              size="small"
            >
              {expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            </IconButton>
          ) : null
        }
      >
        <ListItemText
          disableTypography
          primary={
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', pr: 5 }}>
              {jabatan.kepala_opd ? (
                <StarIcon fontSize="small" color="warning" titleAccess={translate('mskp.pohon.kepala_opd')} />
              ) : null}
              {canShow ? (
                <Typography
                  component={RouterLink}
                  to={`/jabatan/${encodeURIComponent(id)}/show`}
                  variant="body1"
                  sx={{
                    fontWeight: node.depth === 0 ? 600 : 500,
                    color: 'text.primary',
                    textDecoration: 'none',
                    '&:hover': { textDecoration: 'underline', color: 'primary.main' },
                  }}
                >
                  {jabatan.nama}
                </Typography>
              ) : (
                <Typography component="span" variant="body1" sx={{ fontWeight: node.depth === 0 ? 600 : 500 }}>
                  {jabatan.nama}
                </Typography>
              )}
              {jabatan.jenjang ? (
                <Chip
                  size="small"
                  variant="outlined"
                  label={translate(`mskp.choices.jenjang.${jabatan.jenjang}`, { _: jabatan.jenjang })}
                />
              ) : null}
              {jabatan.kelas_jabatan ? (
                <Typography component="span" variant="caption" color="text.secondary">
                  {translate('mskp.pohon.kelas', { kelas: jabatan.kelas_jabatan })}
                </Typography>
              ) : null}
              {hasChildren ? (
                <Typography component="span" variant="caption" color="text.secondary">
                  · {translate('mskp.pohon.bawahan', { smart_count: node.children.length })}
                </Typography>
              ) : null}
            </Box>
          }
          secondary={
            <Box sx={{ mt: 0.5 }}>
              <Pemangku jabatan={jabatan} />
            </Box>
          }
        />
      </ListItem>
      {hasChildren ? (
        <Collapse in={expanded} timeout="auto" unmountOnExit>
          <MuiList disablePadding dense>
            {node.children.map((child) => (
              <Node key={String(child.item.id)} node={child} open={open} toggle={toggle} canShow={canShow} />
            ))}
          </MuiList>
        </Collapse>
      ) : null}
    </Fragment>
  );
};

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
  } = useAsync(
    () => (opdId ? dataProvider.pohonJabatan(opdId) : Promise.resolve([] as Jabatan[])),
    [opdId, dataProvider],
  );
  const tree = useMemo(() => buildTree(jabatan ?? []), [jabatan]);
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
        {opdId && isPending ? <LinearProgress /> : null}
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
                <Node key={String(node.item.id)} node={node} open={open} toggle={toggle} canShow={!!canShow} />
              ))}
            </MuiList>
          </Card>
        ) : null}
      </Box>
    </Box>
  );
};
