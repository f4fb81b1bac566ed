package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.FileWalker;
import dev.claudemigrate.engine.files.Walk;
import dev.claudemigrate.engine.files.WalkOptions;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * The scan's walk and read today: FileWalker.handOver on 2 threads, each file read by ReadBuffer.
 */
public final class JavaSide {
  public static void main(String[] args) throws Exception {
    ThreadLocal<ReadBuffer> buf = ThreadLocal.withInitial(ReadBuffer::new);
    LongAdder bytes = new LongAdder();
    long limit = WalkOptions.MAX_FILE_SIZE;
    Walk w =
        FileWalker.handOver(
            Path.of(args[0]),
            WalkOptions.defaults(),
            2,
            (f, open) -> {
              try {
                bytes.add(buf.get().read(open, f.size(), limit));
              } catch (java.io.IOException e) {
                throw new RuntimeException(e);
              }
            });
    System.out.println("java files=" + w.fileCount() + " bytes=" + bytes.sum());
  }
}
