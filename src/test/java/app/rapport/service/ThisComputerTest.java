package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This computer's own name and id, kept in its data folder, not in the book. */
class ThisComputerTest {
    @TempDir
    Path data;

    @Test
    void theName_isKept_andBlankForgetsIt() {
        ThisComputer computer = new ThisComputer(data);
        assertThat(computer.name()).isEmpty();
        computer.setName("  Zoë Müller  ");
        assertThat(new ThisComputer(data).name()).contains("Zoë Müller");
        computer.setName(" ");
        assertThat(new ThisComputer(data).name()).isEmpty();
    }

    @Test
    void aNameOfTwoLinesOrTooLong_isRefused_andTheOldOneKept() {
        ThisComputer computer = new ThisComputer(data);
        computer.setName("Bo");
        assertThatThrownBy(() -> computer.setName("Bo\nLind")).isInstanceOf(ServiceException.class)
                .hasMessage("A name is one line of at most 200 characters.");
        assertThatThrownBy(() -> computer.setName("x".repeat(201))).isInstanceOf(ServiceException.class);
        assertThat(computer.name()).contains("Bo");
    }

    @Test
    void theId_isMadeOnce_andKeptBesideTheName() throws Exception {
        ThisComputer computer = new ThisComputer(data);
        String id = computer.id();
        computer.setName("Bo");
        assertThat(new ThisComputer(data).id()).isEqualTo(id).hasSize(36);
        assertThat(Files.readString(data.resolve(ThisComputer.FILE))).contains("name=Bo", "id=" + id);
    }

    @Test
    void theIdentity_takesTheNameSetHere_elseTheComputersUser() {
        ThisComputer computer = new ThisComputer(data);
        Identity identity = Identity.ofThisComputer(computer);
        assertThat(identity.name()).isEqualTo(Identity.systemUser());
        identity.rename("Marta");
        assertThat(identity.name()).isEqualTo("Marta");
        assertThat(Identity.ofThisComputer(new ThisComputer(data)).name()).isEqualTo("Marta");
        assertThatThrownBy(() -> Identity.named("x").rename("y")).isInstanceOf(ServiceException.class);
    }
}
