// A stored attribute value as the reader sees it: as stored (user data), or, given its English name (a code-table
// value in English mode, engine/model codedValueEn), that name with the stored Chinese value in its tooltip.
export function StoredValue({ text, en }: { text: string; en: string | undefined }) {
  if (en === undefined) return <span data-user-text="">{text}</span>;
  return (
    <span className="coded-value" title={text} data-user-title="" data-testid="coded-value">
      {en}
    </span>
  );
}
