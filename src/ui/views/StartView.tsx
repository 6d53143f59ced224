// The start page: what Simpul does, that nothing leaves the computer, and the two ways in.
import { useState, type DragEvent } from 'react';
import { FilePicker } from '../components/FilePicker.tsx';

export function StartView({ onFiles, onSample, sampleAvailable }: { onFiles: (files: File[]) => void; onSample: () => void; sampleAvailable: boolean }) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  };
  return (
    <main className="start-view">
      <section className="start-card">
        <h1>Simpul</h1>
        <p className="lede">
          Simpul links call records, bank transfers, subscriber and person lists into one network, and finds the
          syndicates, key players and brokers behind scam compounds and trafficking routes.
        </p>
        <p className="privacy"><span aria-hidden="true">🔒</span> Everything runs in this browser tab: no file, name or number ever leaves this computer.</p>
        <div
          className={`drop-zone${over ? ' over' : ''}`}
          onDragOver={(event) => { event.preventDefault(); setOver(true); }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <p className="drop-title">Drop CSV files here</p>
          <p className="muted">Call records, transfers, subscriber lists, people, places, sightings — any number of files, English or Indonesian headers.</p>
          <div className="start-actions">
            <FilePicker label="Choose CSV files…" onFiles={onFiles} primary />
            <button type="button" className="button" data-testid="open-sample" onClick={onSample} disabled={!sampleAvailable}
              title={sampleAvailable ? 'A fictional training case bundled with Simpul' : 'No sample case in this build'}>
              Open sample case
            </button>
          </div>
        </div>
        <p className="muted small">The sample case is fictional training data. Your own files stay in memory until you close the tab.</p>
      </section>
    </main>
  );
}
