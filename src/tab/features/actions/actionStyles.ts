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
  unused: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  changes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
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
