/** Upload a county file (CSV, GBK CSV, XLSX, JSON) with an optional dataset name and sheet. */
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/i18n.tsx';
import { dataMessages } from './messages.ts';

export interface UploadRequest { file: File; name?: string; sheet?: string }

export function UploadForm({ busy, onUpload }: { busy: boolean; onUpload(request: UploadRequest): void }) {
  const m = useMessages(dataMessages);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [sheet, setSheet] = useState('');
  const isXlsx = file !== null && /\.xls[xm]$/i.test(file.name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    onUpload({ file, ...(name.trim() ? { name: name.trim() } : {}), ...(isXlsx && sheet.trim() ? { sheet: sheet.trim() } : {}) });
  };
  return (
    <form className="data-upload" onSubmit={submit} aria-labelledby="data-upload-title">
      <h3 id="data-upload-title">{m('upload.title')}</h3>
      <p className="data-hint">{m('upload.hint')}</p>
      <label>{m('upload.file')}
        <input type="file" data-testid="upload-file" accept=".csv,.txt,.xlsx,.xlsm,.json,text/csv,application/json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label>{m('upload.name')}
        <input type="text" data-testid="upload-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {isXlsx ? (
        <label>{m('upload.sheet')}
          <input type="text" value={sheet} onChange={(e) => setSheet(e.target.value)} />
        </label>
      ) : null}
      <button type="submit" className="primary" data-testid="upload-submit" disabled={!file || busy}>
        {busy ? m('upload.busy') : m('upload.submit')}
      </button>
    </form>
  );
}
