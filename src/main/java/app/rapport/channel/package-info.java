/**
 * The local channel between the running app and a later start on the same book (issue 16) or,
 * later, a command that hands its work to the app (issue 18). Plain Java: no JavaFX, no book.
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
 * One request and one reply per connection, each one line of JSON (UTF-8, at most
 * {@link app.rapport.channel.Protocol#MAX_LINE} bytes, ended by a newline). A request must arrive
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
 * </ul>
 */
package app.rapport.channel;
