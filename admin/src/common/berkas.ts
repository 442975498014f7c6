/** Saves a blob as a file: object URL + a temporary <a download>. */
export const simpanBerkas = (blob: Blob, namaBerkas: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // give the browser time to start the download before releasing the blob
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
