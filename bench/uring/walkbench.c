// What the walk's system calls cost, and what batching them would save: reads every regular file of
// a tree folder by folder, on one thread, (a) with openat/read/close per file, as the native walk
// does through JNA (docs/adr/0105), and (b) with io_uring: per batch of files, one io_uring_enter
// that submits for each file OPENAT into a direct descriptor, READ of that descriptor and CLOSE
// (linked: the read waits for its open, the close for its read). Prints wall and CPU time of each,
// three rounds. A measurement for docs/performance.md, not part of the tool (which is Java only).
//
// build: gcc -O2 -o /tmp/walkbench bench/uring/walkbench.c   (Linux 5.19+ headers and kernel)
// run:   /tmp/walkbench TREE [BATCH=32] [MODE: 0 both, 1 openat/read/close only, 2 io_uring only]
// Read the tree into the page cache first (bench/run.sh's warm step): the point is the per-call
// cost, not the disk.
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include <stdatomic.h>

typedef struct { char **names; int n; char *dir; } Folder;
static Folder *folders; static int nf, capf;

static void list(const char *dir) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  DIR *d = fdopendir(fd);
  struct dirent *e;
  Folder f = {0}; f.dir = strdup(dir); int cap = 0;
  char **subs = NULL; int ns = 0, caps = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2]))) continue;
    if (e->d_type == DT_DIR) { if (ns == caps) subs = realloc(subs, (caps = caps * 2 + 8) * sizeof *subs);
      char *p; asprintf(&p, "%s/%s", dir, e->d_name); subs[ns++] = p; }
    else if (e->d_type == DT_REG) { if (f.n == cap) f.names = realloc(f.names, (cap = cap * 2 + 8) * sizeof *f.names);
      f.names[f.n++] = strdup(e->d_name); }
  }
  closedir(d);
  if (nf == capf) folders = realloc(folders, (capf = capf * 2 + 8) * sizeof *folders);
  folders[nf++] = f;
  for (int i = 0; i < ns; i++) list(subs[i]);
}

static char buf[64][65536];

static long plain(void) {
  long bytes = 0;
  for (int i = 0; i < nf; i++) {
    int dfd = open(folders[i].dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (int j = 0; j < folders[i].n; j++) {
      int fd = openat(dfd, folders[i].names[j], O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0) continue;
      long r = read(fd, buf[0], sizeof buf[0]);
      if (r > 0) bytes += r;
      close(fd);
    }
    close(dfd);
  }
  return bytes;
}

// io_uring
static int ring_fd; static unsigned *sq_head, *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
static struct io_uring_sqe *sqes; static struct io_uring_cqe *cqes; static unsigned entries;

static void setup(unsigned n) {
  struct io_uring_params p; memset(&p, 0, sizeof p);
  ring_fd = syscall(__NR_io_uring_setup, n, &p);
  if (ring_fd < 0) { perror("setup"); exit(1); }
  entries = p.sq_entries;
  size_t sqsz = p.sq_off.array + p.sq_entries * sizeof(unsigned);
  size_t cqsz = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
  char *sq = mmap(0, sqsz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_SQ_RING);
  char *cq = (p.features & IORING_FEAT_SINGLE_MMAP) ? sq : mmap(0, cqsz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_CQ_RING);
  if (p.features & IORING_FEAT_SINGLE_MMAP && cqsz > sqsz) { munmap(sq, sqsz); sq = cq = mmap(0, cqsz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_SQ_RING); }
  sq_head = (unsigned *)(sq + p.sq_off.head); sq_tail = (unsigned *)(sq + p.sq_off.tail);
  sq_mask = (unsigned *)(sq + p.sq_off.ring_mask); sq_array = (unsigned *)(sq + p.sq_off.array);
  cq_head = (unsigned *)(cq + p.cq_off.head); cq_tail = (unsigned *)(cq + p.cq_off.tail);
  cq_mask = (unsigned *)(cq + p.cq_off.ring_mask); cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
  sqes = mmap(0, p.sq_entries * sizeof(struct io_uring_sqe), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_SQES);
  // a sparse table of 64 direct descriptors
  struct io_uring_rsrc_register reg; memset(&reg, 0, sizeof reg);
  reg.nr = 64; reg.flags = IORING_RSRC_REGISTER_SPARSE;
  if (syscall(__NR_io_uring_register, ring_fd, IORING_REGISTER_FILES2, &reg, sizeof reg) < 0) { perror("register"); exit(1); }
}

static long uring(int batch) {
  long bytes = 0;
  for (int i = 0; i < nf; i++) {
    int dfd = open(folders[i].dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (int j0 = 0; j0 < folders[i].n; j0 += batch) {
      int m = folders[i].n - j0 < batch ? folders[i].n - j0 : batch;
      unsigned tail = *sq_tail;
      for (int k = 0; k < m; k++) {
        struct io_uring_sqe *s;
        s = &sqes[tail & *sq_mask]; memset(s, 0, sizeof *s);
        s->opcode = IORING_OP_OPENAT; s->fd = dfd; s->addr = (uint64_t)folders[i].names[j0 + k];
        s->open_flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK; s->file_index = k + 1;
        s->flags = IOSQE_IO_LINK | IOSQE_CQE_SKIP_SUCCESS; s->user_data = 0;
        sq_array[tail & *sq_mask] = tail & *sq_mask; tail++;
        s = &sqes[tail & *sq_mask]; memset(s, 0, sizeof *s);
        s->opcode = IORING_OP_READ; s->fd = k; s->flags = IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
        s->addr = (uint64_t)buf[k]; s->len = sizeof buf[k]; s->off = 0; s->user_data = k + 1;
        sq_array[tail & *sq_mask] = tail & *sq_mask; tail++;
        s = &sqes[tail & *sq_mask]; memset(s, 0, sizeof *s);
        s->opcode = IORING_OP_CLOSE; s->file_index = k + 1; s->flags = IOSQE_CQE_SKIP_SUCCESS; s->user_data = 1000 + k;
        sq_array[tail & *sq_mask] = tail & *sq_mask; tail++;
      }
      atomic_store_explicit((_Atomic unsigned *)sq_tail, tail, memory_order_release);
      int want = m; // one CQE per read (open/close skip on success)
      int r = syscall(__NR_io_uring_enter, ring_fd, 3 * m, want, IORING_ENTER_GETEVENTS, NULL, 0);
      if (r < 0) { perror("enter"); exit(1); }
      int got = 0;
      while (got < want) {
        unsigned head = *cq_head, ctail = atomic_load_explicit((_Atomic unsigned *)cq_tail, memory_order_acquire);
        if (head == ctail) { syscall(__NR_io_uring_enter, ring_fd, 0, 1, IORING_ENTER_GETEVENTS, NULL, 0); continue; }
        while (head != ctail) {
          struct io_uring_cqe *c = &cqes[head & *cq_mask];
          if (c->user_data >= 1 && c->user_data <= 64) { if (c->res > 0) bytes += c->res; got++; }
          else if (c->user_data == 0 || c->user_data >= 1000) { /* failed open/close: its read is cancelled (counted there) */ }
          head++;
        }
        atomic_store_explicit((_Atomic unsigned *)cq_head, head, memory_order_release);
      }
    }
    close(dfd);
  }
  return bytes;
}

static double cpu(void) { struct rusage u; getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6; }
static double now(void) { struct timeval t; gettimeofday(&t, 0); return t.tv_sec + t.tv_usec / 1e6; }

int main(int argc, char **argv) {
  list(argv[1]);
  long files = 0; for (int i = 0; i < nf; i++) files += folders[i].n;
  int batch = argc > 2 ? atoi(argv[2]) : 32;
  setup(4 * 64 * 3);
  setvbuf(stdout, NULL, _IONBF, 0);
  for (int round = 0; round < 3; round++) {
    int mode = argc > 3 ? atoi(argv[3]) : 0;
    double c0 = cpu(), w0 = now(); long b = mode == 2 ? 0 : plain(); double c1 = cpu(), w1 = now();
    long b2 = mode == 1 ? 0 : uring(batch); double c2 = cpu(), w2 = now();
    struct rusage u; getrusage(RUSAGE_SELF, &u);
    printf("files %ld folders %d | plain %.3f s cpu %.3f (%ld B) | uring(batch %d) %.3f s cpu %.3f (%ld B)\n",
           files, nf, w1 - w0, c1 - c0, b, batch, w2 - w1, c2 - c1, b2);
  }
  return 0;
}
