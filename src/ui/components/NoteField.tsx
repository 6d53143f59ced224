// An analyst's note: free text kept with the case, saved in the case file and printed in the dossier.
export function NoteField({ value, onChange, testId, label, placeholder }: {
  value: string; onChange: (text: string) => void; testId: string; label: string; placeholder: string;
}) {
  return (
    <label className="note-field">
      <span className="note-label">{label}</span>
      <textarea data-testid={testId} value={value} placeholder={placeholder} rows={3} spellCheck
        onChange={(event) => onChange(event.currentTarget.value)} />
    </label>
  );
}
