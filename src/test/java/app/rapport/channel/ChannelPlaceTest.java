package app.rapport.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelPlaceTest {
    @TempDir
    Path dir;

    @Test
    void theDesktopSessionsRuntimeFolder_comesFirst_elseTheTemporaryFolder() {
        Map<String, String> session = Map.of("XDG_RUNTIME_DIR", dir.toString());

        assertThat(ChannelPlace.choose(session, "/tmp", "ana", true).orElseThrow().folder())
                .isEqualTo(dir.resolve("rapport"));
        assertThat(ChannelPlace.choose(Map.of(), "/tmp", "ana", true).orElseThrow().folder())
                .isEqualTo(Path.of("/tmp/rapport-ana"));
        assertThat(ChannelPlace.choose(Map.of("XDG_RUNTIME_DIR", dir.resolve("gone").toString()), "/tmp", "ana", true)
                .orElseThrow().folder()).isEqualTo(Path.of("/tmp/rapport-ana"));
    }

    @Test
    void aFolderWhoseSocketPathWouldBeTooLong_isPassedOver() {
        String deep = "/var/folders/" + "x".repeat(80);

        assertThat(ChannelPlace.choose(Map.of(), deep, "ana", true).orElseThrow().folder())
                .isEqualTo(Path.of("/tmp/rapport-ana"));
        assertThat(ChannelPlace.choose(Map.of(), deep, "ana", false)).isEmpty();
    }

    @Test
    void everySocketPath_fitsTheSystemsLimit_howeverLongTheDataFolder() {
        ChannelPlace place = ChannelPlace.choose(Map.of(), "/tmp", "a-very-long-user-name-".repeat(4), true)
                .orElseThrow();
        Path deepBook = dir.resolve("Documents/My business/Clients and follow-ups/".repeat(5) + "Rapport");

        Path socket = place.socketFor(deepBook);

        assertThat(socket.toString().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(ChannelPlace.MAX_SOCKET_PATH);
        assertThat(socket.getFileName().toString()).matches("[0-9a-f]{16}\\.sock");
    }

    @Test
    void aBook_goesByItsRealPath_howeverItIsSpelled() throws Exception {
        ChannelPlace place = new ChannelPlace(dir.resolve("channel"));
        Path book = Files.createDirectories(dir.resolve("book"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), book);

        assertThat(place.socketFor(dir.resolve("book/../book"))).isEqualTo(place.socketFor(book));
        assertThat(place.socketFor(link)).isEqualTo(place.socketFor(book));
        assertThat(ChannelPlace.book(link)).isEqualTo(book.toRealPath().toString());
        assertThat(place.socketFor(book.resolve("sample-book"))).isNotEqualTo(place.socketFor(book));
        assertThat(place.socketFor(dir.resolve("other"))).isNotEqualTo(place.socketFor(book));
    }

    @Test
    void userNames_makePlainFileNames() {
        assertThat(ChannelPlace.safe("ana")).isEqualTo("ana");
        assertThat(ChannelPlace.safe("DOMAIN\\Zoë Müller")).isEqualTo("DOMAIN_Zo__M_ller");
        assertThat(ChannelPlace.safe("")).isEqualTo("user");
        assertThat(ChannelPlace.safe("..")).isEqualTo("user");
        assertThat(ChannelPlace.safe("x".repeat(50))).hasSize(32);
    }

    @Test
    void theHash_isFnv1a() {
        assertThat(ChannelPlace.hash("")).isEqualTo("cbf29ce484222325");
        assertThat(ChannelPlace.hash("a")).isEqualTo("af63dc4c8601ec8c");
    }
}
