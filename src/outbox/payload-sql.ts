import { sql, type RawBuilder } from 'kysely';

/**
 * A payload encoded by `encodePayload` with a marker standing in for a value
 * only the database knows (a client's name, per row), as jsonb with the value
 * put in its place. The value is escaped as the inside of a JSON string, so a
 * name with quotes or backslashes cannot break out of the text it lands in.
 */
export function filledPayloadTemplate(encodedTemplate: RawBuilder<unknown>, marker: string, value: RawBuilder<unknown>): RawBuilder<unknown> {
  const json = sql`to_json(${value}::text)::text`;
  return sql`replace(${encodedTemplate}, ${JSON.stringify(marker).slice(1, -1)}, substr(${json}, 2, char_length(${json}) - 2))::jsonb`;
}
