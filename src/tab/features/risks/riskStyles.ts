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
    minWidth: '200px',
    maxWidth: '320px',
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
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** Editor form styles. */
export const useRiskEditorStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  scales: {
    display: 'grid',
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
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
});
