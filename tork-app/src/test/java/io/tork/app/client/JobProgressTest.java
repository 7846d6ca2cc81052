package io.tork.app.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobProgressTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode job(String json) throws IOException {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void finishedTopLevelTasksAndRunningOnesMakeTheLine() throws IOException {
        JobProgress progress = JobProgress.of(job("""
                {'state':'RUNNING','position':3,'taskCount':4,'progress':0,'execution':[
                  {'id':'a','name':'build','state':'COMPLETED'},
                  {'id':'b','name':'test','state':'COMPLETED'},
                  {'id':'c','name':'fan out','state':'RUNNING'},
                  {'id':'d','parentId':'c','name':'shard 1','state':'RUNNING'},
                  {'id':'e','parentId':'c','name':'shard 2','state':'SCHEDULED'}]}
                """));

        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.runningTasks()).containsExactly("shard 1", "shard 2");
        assertThat(progress.line()).isEqualTo("[############............]  50%  RUNNING  shard 1, shard 2");
        assertThat(progress.isFinished()).isFalse();
    }

    @Test
    void aCompletedJobIsFullAndAFailedOneKeepsWhereItStopped() throws IOException {
        JobProgress done = JobProgress.of(job("{'state':'COMPLETED','position':2,'taskCount':1}"));
        JobProgress failed = JobProgress.of(job("{'state':'FAILED','position':2,'taskCount':4}"));

        assertThat(done.line()).isEqualTo("[########################] 100%  COMPLETED");
        assertThat(failed.percent()).isEqualTo(25);
        assertThat(failed.isFinished()).isTrue();
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceElsewhereWrittenWhenItChanges() throws IOException {
        JobProgress first = JobProgress.of(job("{'state':'RUNNING','position':1,'taskCount':2,'execution':"
                + "[{'id':'a','name':'a long task name','state':'RUNNING'}]}"));
        JobProgress second = JobProgress.of(job("{'state':'RUNNING','position':2,'taskCount':2,'execution':"
                + "[{'id':'b','name':'b','state':'RUNNING'}]}"));
        StringWriter terminal = new StringWriter();
        StringWriter pipe = new StringWriter();

        ProgressDisplay onTerminal = new ProgressDisplay(new PrintWriter(terminal), true);
        ProgressDisplay onPipe = new ProgressDisplay(new PrintWriter(pipe), false);
        for (JobProgress p : List.of(first, first, second)) {
            onTerminal.show(p);
            onPipe.show(p);
        }
        onTerminal.finish();
        onPipe.finish();

        assertThat(pipe.toString().lines()).containsExactly(first.line(), second.line());
        int padding = first.line().length() - second.line().length();
        assertThat(terminal.toString()).isEqualTo("\r" + first.line() + "\r" + second.line() + " ".repeat(padding)
                + System.lineSeparator());
    }

    @Test
    void tablesAlignTheirColumns() {
        StringWriter out = new StringWriter();
        new Table("ID", "NAME", "STATE").row("1", "a much longer name", "RUNNING").row("22", "b", "multi\nline")
                .print(new PrintWriter(out));

        assertThat(out.toString().lines()).containsExactly(
                "ID  NAME                STATE",
                "1   a much longer name  RUNNING",
                "22  b                   multi line");
    }

    @Test
    void durationsReadLikePeopleSayThem() {
        assertThat(Times.duration(java.time.Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(Times.duration(java.time.Duration.ofSeconds(12))).isEqualTo("12s");
        assertThat(Times.duration(java.time.Duration.ofSeconds(185))).isEqualTo("3m05s");
        assertThat(Times.duration(java.time.Duration.ofMinutes(130))).isEqualTo("2h10m");
    }
}
