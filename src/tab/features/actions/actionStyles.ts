/** Styles of the action plan, from Fluent tokens only. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Page, group and table styles. */
export const useActionPageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meaning: {
    color: tokens.colorNeutralForeground2,
  },
  titleCell: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  // A long Planner state wraps inside its badge instead of widening the column.
  badge: {
    height: 'auto',
    whiteSpace: 'normal',
  },
  unused: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  changes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

// Below this width the seven columns do not fit beside each other, so each row becomes a card.
const NARROW = '@media (max-width: 640px)';

/** Table styles that stack each row at narrow widths, with each cell's column name before it. */
export const useStackedTableStyles = makeStyles({
  table: { [NARROW]: { display: 'block' } },
  header: { [NARROW]: { display: 'none' } },
  body: { [NARROW]: { display: 'block' } },
  row: {
    [NARROW]: {
      display: 'flex',
      flexDirection: 'column',
      rowGap: tokens.spacingVerticalXS,
      paddingBlock: tokens.spacingVerticalS,
    },
  },
  cell: {
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'minmax(6em, 35%) 1fr',
      columnGap: tokens.spacingHorizontalS,
      alignItems: 'center',
      height: 'auto',
      '::before': { content: 'attr(data-label)', fontWeight: tokens.fontWeightSemibold },
    },
  },
});

/** Editor form styles. */
export const useActionEditorStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  meaning: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
  },
  pair: {
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
});
