/**
 * PostgreSQL's error model: {@link dev.olifant.error.SqlState} (utils/errcodes) and
 * {@link dev.olifant.error.PgException}, raised by the code that finds the problem and carried
 * unchanged to the client as an ErrorResponse or NoticeResponse.
 */
package dev.olifant.error;
