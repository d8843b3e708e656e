// The one limit on request bodies, for every endpoint, applied before any
// parsing: a declared Content-Length is checked up front and a streamed
// (chunked) body is counted as it arrives. An oversized body is never held
// in memory: reading stops at the limit and the connection is closed after
// the 413, so the rest of it is not even received.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** 1 MB. JSON requests are far smaller; an upload endpoint would get its own, documented limit. */
export const MAX_BODY_BYTES = 1_048_576;

export const BODY_TOO_LARGE_MESSAGE = 'Förfrågan är för stor: högst 1 MB tas emot. Korta texten eller dela upp ändringen.';

/** A request with a body the endpoint may read (the body's text, set once it is read in full). */
export type RequestWithBody = IncomingMessage & { body?: string };

/** Whether the request says it carries a body. Without either header an HTTP/1.1 request has none. */
export function hasBody(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length !== '0';
}

/** Whether the declared Content-Length alone is over the limit (Node has already refused malformed values). */
export function declaredTooLarge(req: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) > limit;
}

export type BodyResult = { kind: 'read'; body: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads the body up to `limit` bytes. Past the limit it stops reading at
 * once (listeners removed, stream paused) and keeps nothing of it.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onClose);
      chunks = [];
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'read', body: Buffer.concat(chunks, size) });
    const onAborted = () => finish({ kind: 'aborted' });
    // 'close' before 'end' means the client went away mid-body.
    const onClose = () => {
      if (!req.complete) onAborted();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onClose);
  });
}

/**
 * 413 in the API's error shape, and the connection closed after it: the
 * client may still be sending, and nothing more of that is read.
 */
export function refuseTooLarge(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({
    error: { message: BODY_TOO_LARGE_MESSAGE, code: -32013, data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } },
  });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(body);
}
