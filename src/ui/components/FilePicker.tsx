// The file input (test hook `file-input`) behind a button.
import { useRef } from 'react';

export function FilePicker({ label, onFiles, primary, small, accept = '.csv,.tsv,.txt,text/csv', testId = 'file-input', multiple = true }: {
  label: string; onFiles: (files: File[]) => void; primary?: boolean; small?: boolean; accept?: string; testId?: string; multiple?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={`button${primary ? ' primary' : ''}${small ? ' small' : ''}`} onClick={() => input.current?.click()}>{label}</button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple={multiple}
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          const files = event.currentTarget.files ? [...event.currentTarget.files] : [];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
