/**
 * The local channel between the running app and a later start on the same book, or a command
 * that hands its work to the app ({@code rapport log}, {@code import-sales}). Plain Java: no
 * JavaFX, no book.
 *
 * <h2>Where</h2>
 * A Unix-domain socket (Linux, macOS, Windows 10 and later), never a network port: see
 * {@link app.rapport.channel.ChannelPlace}. Only this user's own processes reach it: its folder is
 * 0700 and its file 0600, a client connects only when that folder is this user's alone, and where
 * the system tells who is at the other end ({@code SO_PEERCRED}, Linux and macOS) both ends
 * refuse anyone else. A socket file left by a killed app blocks nothing: connecting to it fails, a
 * later start goes on as if it were not there, and the next app removes it and listens.
 *
 * <h2>What is said</h2>
 * One request and one reply per connection, each one line of JSON (UTF-8, ended by a newline; a
 * request at most {@link app.rapport.channel.Protocol#MAX_LINE} bytes). A request must arrive
 * within {@code Protocol.READ_TIMEOUT} (2 s) of connecting, so a silent client cannot hold the
 * app. Every request names the protocol version, the request and the book (its data folder's real
 * path), and may carry fields of its own:
 * <pre>
 * {"version":1,"request":"show","book":"/home/ana/.local/share/rapport","background":false}
 * </pre>
 * The reply says whether it was done, with fields of its own:
 * <pre>
 * {"version":1,"ok":true}
 * {"version":1,"ok":false,"error":"unknown-request","message":"This Rapport does not know the request ..."}
 * </pre>
 * {@code error} is one of {@code unknown-request} (a request this app does not know: an older
 * app), {@code bad-request}, {@code too-long}, {@code unsupported-version}, {@code other-book}
 * (the app has another book open) and {@code failed} (known, but it could not be done). A new
 * request needs no new version: it is one {@link app.rapport.channel.ChannelServer.Handler} more,
 * given to the server where the app starts it; an older app refuses it as {@code unknown-request}.
 *
 * <h2>Requests</h2>
 * <ul>
 * <li>{@code show} ({@link app.rapport.channel.Show}): bring the window forward.</li>
 * <li>{@code log} ({@link app.rapport.channel.LogContact}): log a contact as {@code rapport log}
 * would; the reply carries the new contact's id.</li>
 * <li>{@code import-sales} ({@link app.rapport.channel.ImportSales}): import a sales export, named
 * by its whole path (the app reads it), as {@code rapport import-sales} would; the reply carries
 * the report.</li>
 * </ul>
 *
 * <h2>Replies that take a while</h2>
 * Each connection is answered on a thread of a few, so an import under way holds up no other
 * request. A reply may be up to {@link app.rapport.channel.Protocol#MAX_REPLY} bytes (a report),
 * and comes when the work is done: the asker waits as long as its work may take (a contact two
 * minutes at most, waiting for an import under way; an import fifteen). A request that went out
 * but got no reply in time may have been done: the command says so rather than guess.
 */
package app.rapport.channel;
