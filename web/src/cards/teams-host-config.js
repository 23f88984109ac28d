// A Teams-like light host config for the official Adaptive Cards renderer: 14 px text, Teams colours, 16 px padding,
// up to 6 actions laid out horizontally and stretched to equal width (Teams cuts their titles with "…").
import * as AdaptiveCards from 'adaptivecards';

export const teamsFontFamily =
  "'Segoe UI', 'Selawik', 'Open Sans', system-ui, -apple-system, Roboto, 'Helvetica Neue', sans-serif";

function foreground(normal, subtle) {
  return { default: normal, subtle };
}

const colors = {
  default: foreground('#ff242424', '#ff616161'),
  dark: foreground('#ff252424', '#bf252424'),
  light: foreground('#ffffffff', '#fffff3f0'),
  accent: foreground('#ff5b5fc7', '#ff8b8cc7'),
  good: foreground('#ff13a10e', '#ff6bb700'),
  warning: foreground('#ff835b00', '#ffc19c00'),
  attention: foreground('#ffc4314b', '#ffd13438'),
};

export function teamsHostConfig() {
  return new AdaptiveCards.HostConfig({
    fontFamily: teamsFontFamily,
    supportsInteractivity: true,
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#EEEEEE' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: { backgroundColor: '#ffffffff', foregroundColors: colors },
      emphasis: { backgroundColor: '#fff5f5f5', foregroundColors: colors },
      accent: { backgroundColor: '#ffe8ebfa', foregroundColors: colors },
      good: { backgroundColor: '#ffe7f2da', foregroundColors: colors },
      attention: { backgroundColor: '#fffcf4f6', foregroundColors: colors },
      warning: { backgroundColor: '#fffbf6d9', foregroundColors: colors },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'stretch',
      iconPlacement: 'leftOfTitle',
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 12,
    },
    textBlock: { headingLevel: 2 },
    inputs: {
      label: {
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { size: 'default', color: 'attention' },
    },
  });
}
