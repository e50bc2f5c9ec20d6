// One PNG chunk: length, type, data, and the CRC of type and data (icons.mjs, og-image.mjs).
import { crc32 } from "node:zlib";

export function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
