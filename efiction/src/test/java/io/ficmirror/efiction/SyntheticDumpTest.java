package io.ficmirror.efiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.ArchiveStory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps written here for what the shared one lacks: latin1, gzip, texts in the database, the old coauthors column. */
class SyntheticDumpTest {
    private static final String DUMP = """
            -- MySQL dump 10.13
            /*!40101 SET NAMES latin1 */;
            CREATE TABLE `efic_fanfiction_authors` (`uid` int(11), `penname` varchar(200), `realname` varchar(200),
              `email` varchar(200), `password` varchar(40)) ENGINE=MyISAM DEFAULT CHARSET=latin1;
            INSERT INTO `efic_fanfiction_authors` VALUES (1,'Zoë','Zoe Realname','zoe@example.org','5f4dcc3b5aa765d61d8327deb882cf99'),
              (2,'O\\'Hara','','ohara@example.org','');
            INSERT INTO `efic_fanfiction_authors` VALUES (3 'leak@example.org');
            CREATE TABLE `efic_fanfiction_characters` (`charid` int, `catid` int, `charname` varchar(60));
            REPLACE INTO `efic_fanfiction_characters` VALUES (1,-1,'Mal Reynolds'),(2,-1,'Zoë Washburne');
            CREATE TABLE `efic_fanfiction_categories` (`catid` int, `parentcatid` int, `category` varchar(60));
            INSERT INTO `efic_fanfiction_categories` VALUES (1,-1,'Firefly'),(2,-1,'Café Stories');
            CREATE TABLE `efic_fanfiction_classtypes` (`classtype_id` int, `classtype_name` varchar(50), `classtype_title` varchar(50));
            INSERT INTO `efic_fanfiction_classtypes` VALUES (1,'genres','Genres'),(2,'warnings','Warnings');
            CREATE TABLE `efic_fanfiction_classes` (`class_id` int, `class_type` int, `class_name` varchar(100));
            INSERT INTO `efic_fanfiction_classes` VALUES (1,1,'Humor'),(2,2,'Violence'),(3,1,'Angst');
            CREATE TABLE `efic_fanfiction_ratings` (`rid` int, `rating` varchar(60));
            INSERT INTO `efic_fanfiction_ratings` VALUES (1,'G'),(2,'NC-17');
            CREATE TABLE `efic_fanfiction_chapters` (`chapid` int, `title` varchar(250), `inorder` int, `notes` text,
              `storytext` text, `endnotes` text, `validated` char(1), `sid` int, `uid` int);
            INSERT INTO `efic_fanfiction_chapters` (`chapid`,`title`,`inorder`,`notes`,`storytext`,`endnotes`,`validated`,`sid`,`uid`)
            VALUES (10,' Second ',2,'','Mal said \\"no\\";\\r\\nZoë said yes.','The end.','1',7,1),
                   (11,'First',1,'Chapter notes; with a semicolon','It\\'s a café, <b>not</b> a bar.',NULL,'1',7,1),
                   (12,'Unreviewed',3,'','Not yet approved.',NULL,'0',7,1),
                   (13,'Draft',1,'','A draft.',NULL,'1',8,2),
                   (14,'Hex',1,'',0x48656C6C6F20776F726C64,NULL,'1',9,2);
            CREATE TABLE `efic_fanfiction_reviews` (`reviewid` int, `item` int, `reviewer` varchar(60), `uid` int,
              `review` text, `date` datetime, `type` varchar(2));
            INSERT INTO `efic_fanfiction_reviews` VALUES (1,7,'Reader One',3,'Loved it','2007-05-06 07:08:09','ST'),
              (2,7,'Guest','0','Nice','2007-05-07 00:00:00','ST'),(3,8,'Reader One',3,'Draft?','0000-00-00 00:00:00','ST');
            CREATE TABLE `efic_fanfiction_favorites` (`uid` int, `item` int, `type` char(2), `comments` text);
            INSERT INTO `efic_fanfiction_favorites` VALUES (3,7,'ST',''),(4,7,'ST',''),(3,1,'AU',''),(3,9,'ST','');
            CREATE TABLE `efic_fanfiction_stories` (`sid` int, `title` varchar(200), `summary` text, `storynotes` text,
              `catid` varchar(100), `classes` varchar(200), `charid` varchar(250), `rid` varchar(25), `date` datetime,
              `updated` datetime, `uid` int, `coauthors` varchar(200), `validated` char(1), `completed` char(1),
              `wordcount` int, `reviews` smallint, `count` int, `challenges` varchar(200));
            INSERT INTO `efic_fanfiction_stories` VALUES
              (7,'Serenity; Again','A <i>short</i> one.',NULL,'1,2','1,2,3','2,1','2','2007-01-02 03:04:05','0000-00-00 00:00:00',1,'2','1','0',1200,0,77,'0'),
              (8,'Pending','',NULL,'1','','','1','2007-01-02 03:04:05','2007-01-02 03:04:05',2,NULL,'0','1',10,0,0,'0'),
              (9,'Hexed','',NULL,'1','','','18','2007-01-02 03:04:05','2007-01-02 03:04:05',2,'0','1','1',2,0,0,'0');
            """;

    @TempDir
    Path dir;

    @Test
    void aGzippedLatin1DumpWithTextsInTheDatabaseIsReadWhole() throws IOException {
        Path dump = dir.resolve("archive.sql.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            out.write(DUMP.getBytes(Charset.forName("windows-1252")));
        }
        assertTrue(EfictionDump.looksLikeOne(dump));
        RecordingListener listener = new RecordingListener();
        EfictionDump.Report report = new EfictionDump(1 << 20).read(dump, null, new ReaderPseudonyms(new byte[32]), listener);

        ArchiveStory story = listener.stories.get("7");
        assertEquals("Serenity; Again", story.title());
        assertEquals(List.of("Zoë", "O'Hara"), story.authors(), "latin1 decoded; the coauthors column where no table is");
        assertEquals(List.of("Firefly", "Café Stories"), story.fandoms());
        assertEquals(List.of("Zoë Washburne", "Mal Reynolds"), story.characters(), "rows of a REPLACE, as of an INSERT");
        assertEquals("18", listener.stories.get("9").rating(), "a rating stored by a name of digits that is no rating's id");
        assertEquals(List.of("Humor", "Angst"), story.tags());
        assertEquals(List.of("Violence"), story.warnings());
        assertEquals("NC-17", story.rating());
        assertEquals(Boolean.FALSE, story.complete());
        assertNull(story.updatedAt(), "MySQL's zero date is no date");
        assertEquals(List.of("First", "Second"), story.chapters().stream().map(ArchiveStory.ArchiveChapter::title).toList(),
                "in reading order, titles trimmed, the unvalidated chapter left out");
        assertEquals("It's a café, <b>not</b> a bar.", story.chapters().get(0).textHtml());
        assertEquals("Mal said \"no\";\r\nZoë said yes.", story.chapters().get(1).textHtml());
        assertEquals("The end.", story.chapters().get(1).endNotesHtml());
        assertEquals(Integer.valueOf(77), story.stats().hits());
        assertEquals(Integer.valueOf(2), story.stats().reviews(), "two reviews in the table, the counter says 0");
        assertEquals(Integer.valueOf(2), story.stats().favourites());
        assertEquals("Hello world", listener.stories.get("9").chapters().get(0).textHtml(), "a hex literal");

        assertEquals(List.of("8"), List.copyOf(listener.skipped.keySet()), "the unvalidated story");
        assertEquals(Files.size(dump), listener.dumpBytes);
        assertEquals(Files.size(dump), listener.bytesRead.get(listener.bytesRead.size() - 1), "progress ends at the file's size");
        for (int i = 1; i < listener.bytesRead.size(); i++) {
            assertTrue(listener.bytesRead.get(i) >= listener.bytesRead.get(i - 1), "progress never goes back");
        }
        assertEquals(2, report.stories());
        assertEquals(1, report.skipped());
        assertEquals(5, listener.interactions.size(), "2 reviews and 2 favourites of story 7, 1 of story 9; story 8's review left out");
        List<String> readers = listener.interactions.stream().map(EfictionDump.ReaderInteraction::readerId).toList();
        assertNull(readers.get(1), "a guest's review has no reader");
        assertEquals(readers.get(0), readers.get(2), "reader 3 reviewed and favourited: one pseudonym");
        assertNotEquals(readers.get(2), readers.get(3));
        assertEquals(5, listener.interactions.stream().map(EfictionDump.ReaderInteraction::sourceKey).distinct().count(),
                "each interaction is its own: " + listener.interactions);
        assertEquals(Long.valueOf(2), report.withheld().get(Withheld.READERS));
        assertEquals(Long.valueOf(2), report.withheld().get(Withheld.EMAILS));
        assertEquals(Long.valueOf(1), report.withheld().get(Withheld.PASSWORDS), "an empty password is nothing withheld");
        assertEquals(Long.valueOf(1), report.withheld().get(Withheld.REAL_NAMES));
        assertEquals(Long.valueOf(3), report.withheld().get(Withheld.REVIEWER_NAMES));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("1 favourites are of authors or series")), report.notes().toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("line 7 (table efic_fanfiction_authors) could not be read")),
                report.notes().toString());
        assertFalse(report.notes().toString().contains("leak@"), "a note never quotes the dump's values: " + report.notes());
    }

    @Test
    void theSameReaderHasAnotherPseudonymInAnotherArchive() {
        ReaderPseudonyms one = new ReaderPseudonyms("archive one's secret".getBytes(StandardCharsets.UTF_8));
        ReaderPseudonyms two = new ReaderPseudonyms("archive two's secret".getBytes(StandardCharsets.UTF_8));
        assertEquals(one.of(42), one.of(42));
        assertNotEquals(one.of(42), two.of(42));
        assertNull(one.of(0));
    }

    @Test
    void aDumpWithoutStoriesIsRefusedWithWhatToCheck() throws IOException {
        Path dump = dir.resolve("authors-only.sql");
        Files.writeString(dump, "CREATE TABLE fanfiction_authors (uid int, penname varchar(9));\nINSERT INTO fanfiction_authors VALUES (1,'x');\n");
        DumpException e = assertThrows(DumpException.class,
                () -> new EfictionDump(1 << 20).read(dump, null, new ReaderPseudonyms(new byte[16]), new RecordingListener()));
        assertTrue(e.getMessage().contains("no rows of eFiction's stories table"), e.getMessage());
    }

    @Test
    void otherFilesAreNotTakenForDumps() throws IOException {
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "Title: Not a dump\n\nInsert into the story a table of contents.");
        assertFalse(EfictionDump.looksLikeOne(story));
        assertFalse(EfictionDump.looksLikeOne(dir));
    }
}
