/** Called as an upload's bytes leave; `total` is the body's size. */
export type UploadProgress = (loaded: number, total: number) => void;

function responseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A fetch that reports an upload's progress. fetch itself can't: a streamed request body
 * needs HTTP/2, so in browsers the bytes are sent by XMLHttpRequest, which counts them.
 * Where there is none (Node), the upload goes by `fallback` and progress is told at the
 * start and the end.
 */
export function fetchWithUploadProgress(onProgress: UploadProgress, fallback: typeof fetch) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.blob();
    if (typeof XMLHttpRequest === 'undefined') {
      onProgress(0, body.size);
      const response = await fallback(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        signal: request.signal,
      });
      onProgress(body.size, body.size);
      return response;
    }
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.responseType = 'blob';
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => onProgress(event.loaded, body.size);
      xhr.onload = () =>
        resolve(
          new Response(xhr.status === 204 ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: responseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = () =>
        reject(request.signal.reason ?? new DOMException('Aborted', 'AbortError'));
      xhr.ontimeout = xhr.onerror;
      if (request.signal.aborted) {
        reject(request.signal.reason);
        return;
      }
      request.signal.addEventListener('abort', () => xhr.abort(), { once: true });
      onProgress(0, body.size);
      xhr.send(body);
    });
  };
}
