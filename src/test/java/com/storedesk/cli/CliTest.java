package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.StoreDesk;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StoreDesk.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsItsVersionAndHelp() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("StoreDesk \\d+\\.\\d+\\.\\d+.*\\R");

        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: storedesk").contains("--kiosk").contains("db");
    }

    @Test
    void dbInfoCreatesANewDatabaseAndDescribesIt() {
        Path database = temp.resolve("fresh/storedesk");
        Run info = run("db", "info", "--db", database.toString());

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(Path.of(database + ".mv.db")).isRegularFile();
        assertThat(info.out()).contains(database.toString()).contains("2");
        assertThat(info.out()).containsPattern("(?m)^\\s+store\\s+0$").containsPattern("(?m)^\\s+sale\\s+0$");
    }

    @Test
    void dbInfoSpeaksJsonForScripts() throws Exception {
        Path database = temp.resolve("json/storedesk");
        Run info = run("db", "info", "--db", database + ".mv.db", "--json");

        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.get("location").asText()).isEqualTo(database.toString());
        assertThat(json.get("schemaVersion").asText()).isEqualTo("2");
        assertThat(json.get("tables").get("store").asLong()).isZero();
        assertThat(json.get("tables").has("flyway_schema_history")).isFalse();
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwoAndNoStackTrace() {
        Run unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate").doesNotContain("at com.");

        Run badOption = run("db", "info", "--colour");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err()).contains("--colour").doesNotContain("Exception");

        Run missingValue = run("db", "info", "--db");
        assertThat(missingValue.exitCode()).isEqualTo(2);

        Run missingSubcommand = run("db");
        assertThat(missingSubcommand.exitCode()).isEqualTo(2);
        assertThat(missingSubcommand.err()).contains("db info");
    }

    @Test
    void aDatabaseItCannotOpenGivesOneTranslatedLine() throws Exception {
        Path blocker = Files.writeString(temp.resolve("blocker"), "x");
        Run info = run("db", "info", "--db", blocker.resolve("storedesk").toString());

        assertThat(info.exitCode()).isEqualTo(1);
        String expected = new Messages(Language.forSystemLocale()).get("error.database.unreachable",
                blocker.resolve("storedesk").toString());
        assertThat(info.err().strip()).isEqualTo(expected);
    }
}
