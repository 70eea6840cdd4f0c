// antd's icons name themselves in English (aria-label="printer"), and that name is read as part of a button's
// name in either language. An icon beside the button's own text is decorative: hidden, with no name of its own.
// (An icon-only button's icon takes the button's label from the catalogue instead: `aria-label={t(key)}`.)
export const DECORATIVE_ICON = { 'aria-hidden': true, 'aria-label': undefined } as const;
