/** Offers bytes as a file download from the task pane (a temporary object URL on a clicked link). */
export function offerDownload(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some hosts read the URL asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
