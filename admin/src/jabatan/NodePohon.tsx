import { Fragment } from 'react';
import { Box, Chip, Collapse, IconButton, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import StarIcon from '@mui/icons-material/Star';
import { useTranslate } from 'react-admin';
import type { Jabatan } from '../dataProvider';
import { formatNip } from '../util/format';
import { pemangkuLabel, type TreeNode } from './tree';
import { RouterLink } from '../common/RouterLink';

/** Today's holder of a post: name and NIP, a Plt marker, or "vacant". */
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

/** One post of the tree with its holder, unfolding to its subordinate posts. */
export const NodePohon = ({
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
              <NodePohon key={String(child.item.id)} node={child} open={open} toggle={toggle} canShow={canShow} />
            ))}
          </MuiList>
        </Collapse>
      ) : null}
    </Fragment>
  );
};
