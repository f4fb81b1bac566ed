package dev.claudemigrate.engine.files;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The go/no-go prototype of ADR 0105: the walk and reads of JavaSide through getdents64, openat,
 * read and close by JNA's direct mapping (-Deofread=true reads each file to a 0-byte read; else a
 * short read ends it). Run by bench/nativewalk/turns.sh.
 */
public final class NativeSide {
  static final class C {
    static native int openat(int dirfd, long path, int flags);

    static native long read(int fd, long buf, long n);

    static native int close(int fd);

    static native long syscall(long nr, long a, long b, long c);

    static {
      Native.register(Platform.C_LIBRARY_NAME);
    }
  }

  static final boolean ARM = Platform.isARM();
  static final int O_DIRECTORY = ARM ? 040000 : 0200000;
  static final int O_NOFOLLOW = ARM ? 0100000 : 0400000;
  static final int O_NONBLOCK = 04000;
  static final int O_CLOEXEC = 02000000;
  static final long GETDENTS64 = ARM ? 61 : 217;
  static final int AT_FDCWD = -100;
  static final int DT_DIR = 4, DT_REG = 8, DT_LNK = 10, DT_UNKNOWN = 0;

  static final class Scratch {
    final Memory dents = new Memory(32 * 1024);
    final Memory name = new Memory(4096);
    final Memory data = new Memory(64 * 1024);
    byte[] list = new byte[32 * 1024];
    byte[] bytes = new byte[64 * 1024];
  }

  static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  final LongAdder bytes = new LongAdder();
  final AtomicInteger files = new AtomicInteger();
  final WalkOptions options = WalkOptions.defaults();
  final Globs globs = new Globs(options.includes(), options.excludes());

  record Folder(Path dir, String rel, IgnoreRules rules) {}

  public static void main(String[] args) throws Exception {
    NativeSide s = new NativeSide();
    Path root = Path.of(args[0]).toRealPath();
    FolderTasks.run(new Folder(root, "", IgnoreRules.forRoot(root)), 2, s::walkDir);
    System.out.println("jna files=" + s.files.get() + " bytes=" + s.bytes.sum());
  }

  List<Folder> walkDir(Folder folder) throws java.io.IOException {
    Scratch sc = SCRATCH.get();
    byte[] p = (folder.dir().toString() + "\0").getBytes(StandardCharsets.UTF_8);
    sc.name.write(0, p, 0, p.length);
    int fd = C.openat(AT_FDCWD, Pointer.nativeValue(sc.name), O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      throw new java.io.IOException("open " + folder.dir() + " errno " + Native.getLastError());
    }
    List<Folder> below = new ArrayList<>();
    try {
      int len = 0;
      long dents = Pointer.nativeValue(sc.dents);
      while (true) {
        long r = C.syscall(GETDENTS64, fd, dents, sc.dents.size());
        if (r < 0) {
          throw new java.io.IOException("getdents errno " + Native.getLastError());
        }
        if (r == 0) {
          break;
        }
        if (len + r > sc.list.length) {
          sc.list = java.util.Arrays.copyOf(sc.list, Math.max(sc.list.length * 2, (int) (len + r)));
        }
        sc.dents.read(0, sc.list, len, (int) r);
        len += (int) r;
      }
      byte[] list = sc.list;
      for (int off = 0; off < len; ) {
        int reclen = (list[off + 16] & 0xff) | (list[off + 17] & 0xff) << 8;
        int type = list[off + 18];
        int ns = off + 19;
        int ne = ns;
        while (list[ne] != 0) {
          ne++;
        }
        entry(folder, fd, sc, list, ns, ne, type, below);
        off += reclen;
      }
    } finally {
      C.close(fd);
    }
    return below;
  }

  void entry(
      Folder folder,
      int dirfd,
      Scratch sc,
      byte[] list,
      int ns,
      int ne,
      int type,
      List<Folder> below) {
    if (list[ns] == '.' && (ne - ns == 1 || (ne - ns == 2 && list[ns + 1] == '.'))) {
      return;
    }
    String name = new String(list, ns, ne - ns, StandardCharsets.UTF_8);
    if (name.equals(".git")) {
      return;
    }
    String rel = folder.rel().isEmpty() ? name : folder.rel() + "/" + name;
    if (type == DT_DIR) {
      if (!ExcludedDirs.DEFAULT.contains(name)
          && !folder.rules().isIgnored(rel, true)
          && !globs.excluded(rel, true)) {
        below.add(new Folder(folder.dir().resolve(name), rel, folder.rules()));
      }
    } else if (type == DT_REG) {
      if (folder.rules().isIgnored(rel, false) || globs.excluded(rel, false)) {
        return;
      }
      Optional<Language> lang = Languages.detect(rel);
      if (lang.isEmpty()) {
        return; // no #! detection: the benchmark tree has no file without extension
      }
      sc.name.write(0, list, ns, ne - ns + 1);
      int fd = C.openat(dirfd, Pointer.nativeValue(sc.name), O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0) {
        return;
      }
      try {
        long data = Pointer.nativeValue(sc.data);
        int cap = (int) sc.data.size();
        int n = 0;
        while (true) {
          long r = C.read(fd, data, cap);
          if (r <= 0) {
            break;
          }
          if (n + r > sc.bytes.length) {
            sc.bytes = java.util.Arrays.copyOf(sc.bytes, sc.bytes.length * 2);
          }
          sc.data.read(0, sc.bytes, n, (int) r);
          n += (int) r;
          if (SHORT_EOF && r < cap) {
            break;
          }
        }
        bytes.add(n);
        files.incrementAndGet();
        WalkedFile keep =
            new WalkedFile(folder.dir(), rel.length() - name.length(), rel, lang.get(), n);
        if (keep.size() < 0) {
          System.out.println(keep);
        }
      } finally {
        C.close(fd);
      }
    }
  }

  static final boolean SHORT_EOF = !Boolean.getBoolean("eofread");
}
