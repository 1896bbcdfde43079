/** Styles of the risk register, from Fluent tokens only. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Page layout, toolbar and table styles. */
export const useRiskPageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  search: {
    minWidth: '240px',
    flexGrow: 1,
  },
  filter: {
    width: '280px',
    maxWidth: '100%',
  },
  narrowFilter: {
    width: '180px',
    maxWidth: '100%',
  },
  heading: {
    margin: 0,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  titleCell: {
    // Titles are shown exactly as typed, spaces at the ends included.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  rowButtons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  actionsColumn: {
    width: '220px',
  },
  titleColumn: {
    width: '22%',
  },
  domainColumn: {
    width: '18%',
  },
  // Long Dutch compounds such as "incidentenbeheer" would run into the next column.
  wrapCell: {
    overflowWrap: 'anywhere',
  },
});

/** Keeps a native select inside its field: its options, such as domain names, can be long. */
export const useSelectStyles = makeStyles({
  root: {
    width: '100%',
    minWidth: 0,
  },
  select: {
    width: '100%',
    textOverflow: 'ellipsis',
  },
});

/** Editor form styles. */
export const useRiskEditorStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  // Start alignment keeps a short field's label from growing to the height of its neighbour.
  scales: {
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  meaning: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
  },
  summary: {
    fontWeight: tokens.fontWeightSemibold,
  },
  owners: {
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
});
