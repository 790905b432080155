package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing import}: a small meeting log as CSV, read through a mapping, then validated and run. */
class ImportCommandTest {

    private static final String LOG = """
            id,forum,title,day,modality,topics,cochairs,mentioned
            m1,forum-a,"First meeting, with a comma",13/10/2021,in-person,Human rights;Health,France;Germany,
            m2,forum-a,Second meeting,02/11/2021,,Health,France,Atlantis
            m3,forum-a,Third meeting,31/02/2021,virtual,Health,,
            m4,forum-a,Fourth meeting,15/12/2021,virtual,Health,Germany,France
            """;

    private static final String MAPPING = """
            {
              "forums": [{"id": "forum-a", "names": {"en": "Forum A"}, "kind": "summit", "convenors": [],
                          "cadenceYears": 0, "sources": [{"document": "log.csv", "language": "en"}]}],
              "actors": {"type": "state", "namesFrom": "countries"},
              "valueMaps": {
                "countries": {"values": {"France": "FRA", "Germany": "DEU"}},
                "topics": {"values": {"Human rights": "human-rights", "Health": "health"}}
              },
              "meetings": {
                "file": "log.csv",
                "id": "{id}",
                "forum": "{forum}",
                "title": "{title}",
                "start": {"column": "day", "format": "d/m/y"},
                "mode": {"column": "modality"},
                "topics": {"column": "topics", "separator": ";", "map": "topics"},
                "roles": [
                  {"role": "co-chair", "actors": {"column": "cochairs", "separator": ";", "map": "countries"}},
                  {"role": "mentioned", "actors": {"column": "mentioned", "separator": ";", "map": "countries"}}
                ],
                "source": {"document": "log.csv", "language": "en", "pointer": "meeting {id}"}
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aMeetingLog_importsWithMultiValuedColumnsValueMapsAndDayMonthYearDates_andReportsRejectsByRow()
            throws IOException {
        Path csv = write("log.csv", LOG);
        Path mapping = write("mapping.json", MAPPING);
        Path out = dir.resolve("facts");

        Cli.Result result = Cli.run("import", csv.toString(), "--mapping", mapping.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("import: log.csv: 4 rows read, 3 meetings imported, 1 rejected")
                .contains("rejected: log.csv:row 4, column \"day\": impossible date '31/02/2021'")
                .contains("rejected: log.csv:row 3, column \"mentioned\": no entry for 'Atlantis' in value map"
                        + " 'countries' (mapping): add it there")
                .contains("unmatched in value map 'countries': Atlantis (1 row)")
                .contains("wrote: one forum, two actors, three meetings");
        String meetings = Files.readString(out.resolve("meetings/forum-a-2021.json"));
        assertThat(meetings).contains("\"start\" : \"2021-10-13\"").contains("\"title\" : \"First meeting, with a comma\"")
                .contains("\"mode\" : \"unknown\"").contains("\"co-chair\" : [ \"DEU\", \"FRA\" ]")
                .contains("\"mentioned\" : [ \"FRA\" ]").contains("\"topics\" : [ \"health\", \"human-rights\" ]");
        Cli.Result validate = Cli.run("validate", "--facts", out.toString(), "--quiet");
        assertThat(validate.exitCode()).as(validate.err()).isZero();
    }

    @Test
    void theSameInput_givesTheSameBytes() throws IOException {
        Path csv = write("log.csv", LOG);
        Path mapping = write("mapping.json", MAPPING);

        Cli.run("import", csv.toString(), "--mapping", mapping.toString(), "--out", dir.resolve("a").toString());
        Cli.run("import", csv.toString(), "--mapping", mapping.toString(), "--out", dir.resolve("b").toString());

        for (String file : new String[] {"forums.json", "actors.json", "meetings/forum-a-2021.json"}) {
            assertThat(Files.readString(dir.resolve("b").resolve(file)))
                    .isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void aGzipTableWithEpochMillisecondDates_readsAsThePlainOne() throws IOException {
        Path gz = dir.resolve("log.csv.gz");
        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(gz))) {
            zipped.write("""
                    id,forum,title,at
                    m1,forum-a,Late evening in Paris,1634162400000
                    """.getBytes(StandardCharsets.UTF_8));
        }
        Path mapping = write("mapping.json", MAPPING.replace("\"file\": \"log.csv\"", "\"file\": \"log.csv.gz\"")
                .replace("{\"column\": \"day\", \"format\": \"d/m/y\"}",
                        "{\"column\": \"at\", \"format\": \"epoch-millis\", \"zone\": \"Asia/Tokyo\"}")
                .replace("\"mode\": {\"column\": \"modality\"},", "")
                .replace("\"topics\": {\"column\": \"topics\", \"separator\": \";\", \"map\": \"topics\"},", "")
                .replaceAll("\"roles\": \\[[^]]*]\\s*]?,", ""));

        Cli.Result result = Cli.run("import", gz.toString(), "--mapping", mapping.toString(), "--out",
                dir.resolve("facts").toString());

        assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
        // 1634162400000 ms is 2021-10-13T22:00Z: already 14 October in Tokyo.
        assertThat(Files.readString(dir.resolve("facts/meetings/forum-a-2021.json")))
                .contains("\"start\" : \"2021-10-14\"");
    }

    @Test
    void aMappingNamingAMissingColumn_failsWithTheColumnAndTheMappingsLineAndColumn() throws IOException {
        Path csv = write("log.csv", LOG);
        Path mapping = write("mapping.json", MAPPING.replace("\"column\": \"day\"", "\"column\": \"date\""));

        Cli.Result result = Cli.run("import", csv.toString(), "--mapping", mapping.toString(), "--out",
                dir.resolve("facts").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().strip()).isEqualTo("briefing: " + mapping + ":14:25: /meetings/start/column: column"
                + " 'date' is not in log.csv; its columns are id, forum, title, day, modality,"
                + " topics, cochairs, mentioned");
        assertThat(dir.resolve("facts")).doesNotExist();
    }

    @Test
    void aTopicTableWithSectionCounts_addsTheWeightsUpPerTopic_andRejectsAWeightThatIsNoNumber() throws IOException {
        write("meetings.csv", "id,title,day\nm1,One meeting,2021-10-13\n");
        write("sections.csv", "meeting,topic,sections\nm1,Health,3\nm1,Health,2\nm1,Human rights,many\n");
        Path mapping = write("mapping.json", """
                {
                  "forums": [{"id": "forum-a", "names": {"en": "Forum A"}, "kind": "summit",
                              "sources": [{"document": "meetings.csv", "language": "en"}]}],
                  "valueMaps": {"topics": {"values": {"Human rights": "human-rights", "Health": "health"}}},
                  "meetings": {"file": "meetings.csv", "id": "{id}", "forum": "forum-a", "title": "{title}",
                               "start": {"column": "day"}, "source": {"document": "meetings.csv", "language": "en"}},
                  "topicTables": [{"file": "sections.csv", "meeting": "{meeting}",
                                   "topic": {"column": "topic", "map": "topics"}, "weight": {"column": "sections"}}]
                }
                """);

        Cli.Result result = Cli.run("import", dir.toString(), "--mapping", mapping.toString(), "--out",
                dir.resolve("facts").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("sections.csv: 3 rows read, 2 topics imported, 1 rejected")
                .contains("rejected: sections.csv:row 4, column \"sections\": weight 'many' is not a number above 0");
        assertThat(Files.readString(dir.resolve("facts/meetings/forum-a-2021.json")))
                .contains("\"topics\" : [ \"health\" ]").contains("\"topicWeights\" : {\n      \"health\" : 5.0");
    }

    @Test
    void anActorTable_makesActorsFromItsColumns_idNameTypeAndRegion_andRejectsAnUnknownType() throws IOException {
        write("meetings.csv", "id,title,day,speakers\nm1,Climate talks,2021-10-13,FJI;AOSIS;TKL\n");
        write("actors.csv", """
                code,name,kind,region
                FJI,Fiji,state,Oceania
                AOSIS,Alliance of Small Island States,negotiating-coalition,
                TKL,Tokelau,dependency,Oceania
                FJI,Fiji again,state,Oceania
                """);
        Path mapping = write("mapping.json", """
                {
                  "forums": [{"id": "forum-a", "names": {"en": "Forum A"}, "kind": "summit",
                              "sources": [{"document": "meetings.csv", "language": "en"}]}],
                  "meetings": {"file": "meetings.csv", "id": "{id}", "forum": "forum-a", "title": "{title}",
                               "start": {"column": "day"}, "topics": "climate",
                               "roles": [{"role": "speaker", "actors": {"column": "speakers", "separator": ";"}}],
                               "source": {"document": "meetings.csv", "language": "en"}},
                  "actorTables": [{"file": "actors.csv", "id": {"column": "code"}, "name": {"column": "name"},
                                   "type": {"column": "kind"}, "region": {"column": "region"}}]
                }
                """);

        Cli.Result result = Cli.run("import", dir.toString(), "--mapping", mapping.toString(), "--out",
                dir.resolve("facts").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("import: actors.csv: 4 rows read, 3 actor rows imported, 1 rejected")
                .contains("rejected: actors.csv:row 4, column \"kind\": actor type 'dependency' is not one of state,")
                .contains("wrote: one forum, two actors, one meeting");
        assertThat(Files.readString(dir.resolve("facts/actors.json"))).isEqualTo("""
                {
                  "actors" : [ {
                    "id" : "AOSIS",
                    "type" : "negotiating-coalition",
                    "names" : {
                      "en" : "Alliance of Small Island States"
                    }
                  }, {
                    "id" : "FJI",
                    "type" : "state",
                    "region" : "Oceania",
                    "names" : {
                      "en" : "Fiji"
                    }
                  } ]
                }
                """);
        // TKL, whose type no actor type matches, is named by the meeting but made by no row: validation says so.
        Cli.Result validate = Cli.run("validate", "--facts", dir.resolve("facts").toString());
        assertThat(validate.exitCode()).isEqualTo(3);
        assertThat(validate.err()).contains("'TKL'");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
