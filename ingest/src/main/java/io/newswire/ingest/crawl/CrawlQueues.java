package io.newswire.ingest.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.ingest.fetch.HostSlots;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The crawl's frontier in the StormCrawler mould: one queue per host, ordered by due time, and a host handed
 * out only when its politeness slot ({@link HostSlots}) is free and its next-fetch time has come. A worker takes
 * whichever host is ready and never waits on a host's behalf: a host in backoff, behind a long Retry-After or with
 * an open circuit keeps its tasks here and costs no thread. Hosts are served in turn, so none starves another.
 * Each URL is queued at most once; a host's queue is bounded.
 *
 * <p>Finding the next ready host scans the hosts with queued work, which is a few dozen for a news wire.
 */
public final class CrawlQueues {
  private static final Comparator<CrawlTask> BY_DUE = Comparator.comparing(CrawlTask::due);

  private final HostSlots slots;
  private final Clock clock;
  private final int maxPerHost;
  private final MeterRegistry metrics;
  private final Map<String, PriorityQueue<CrawlTask>> queues = new LinkedHashMap<>();
  private final Set<String> queuedUrls = new HashSet<>();
  private final Map<String, CrawlTask> inFlight = new java.util.HashMap<>();
  private final Set<String> closedSources = new HashSet<>();
  private final Counter refusedFull;
  private String lastServed;

  public CrawlQueues(HostSlots slots, Clock clock, int maxPerHost, MeterRegistry metrics) {
    this.slots = slots;
    this.clock = clock;
    this.maxPerHost = maxPerHost;
    this.metrics = metrics;
    this.refusedFull = Counter.builder("news.host.queue.refused")
        .description("URLs not queued because their host's queue was full").register(metrics);
    slots.onRelease(this::wakeUp); // a slot freed by a caller outside the queues (discovery) may make a host ready
  }

  /**
   * Queues the task unless its URL is already queued or being fetched, or its host's queue is full.
   *
   * @return whether it was queued
   */
  public synchronized boolean offer(CrawlTask task) {
    String key = task.url().toString();
    if (queuedUrls.contains(key) || inFlight.containsKey(key) || closedSources.contains(task.sourceId())) {
      return false;
    }
    PriorityQueue<CrawlTask> queue = queues.computeIfAbsent(task.host(), this::newQueue);
    if (queue.size() >= maxPerHost) {
      refusedFull.increment();
      return false;
    }
    queue.add(task);
    queuedUrls.add(key);
    notifyAll();
    return true;
  }

  /** Whether the URL waits in a queue or is being fetched. */
  public synchronized boolean holds(String url) {
    return queuedUrls.contains(url) || inFlight.containsKey(url);
  }

  /**
   * A task whose time has come, on a host whose slot this call takes; null when none is ready. The caller fetches
   * it and then calls {@link #done}.
   */
  public synchronized CrawlTask poll() {
    Instant now = clock.instant();
    List<String> hosts = new ArrayList<>(queues.keySet());
    int start = lastServed == null ? 0 : (hosts.indexOf(lastServed) + 1) % Math.max(1, hosts.size());
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get((start + i) % hosts.size());
      PriorityQueue<CrawlTask> queue = queues.get(host);
      CrawlTask head = queue.peek();
      if (head == null || head.due().isAfter(now) || !slots.tryTake(host, now)) {
        continue;
      }
      queue.poll();
      String key = head.url().toString();
      queuedUrls.remove(key);
      inFlight.put(key, head);
      lastServed = host;
      return head;
    }
    return null;
  }

  /**
   * Waits up to {@code maxWait} for a ready task. The wait ends early when a task is queued or a host freed; it
   * is a wait for work, not for a host.
   */
  public synchronized CrawlTask take(Duration maxWait) throws InterruptedException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      CrawlTask task = poll();
      if (task != null) {
        return task;
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return null;
      }
      Instant next = nextReady();
      long untilReady = next == null ? left : Duration.between(clock.instant(), next).toMillis();
      wait(Math.max(1, Math.min(left, untilReady)));
    }
  }

  /** The request for {@code task} has ended; its host may be asked again at {@code hostFree}. */
  public void done(CrawlTask task, Instant hostFree) {
    slots.release(task.host(), hostFree); // wakes the workers through onRelease
  }

  /** The task's page has been handled to the end (published, dead-lettered or re-queued after this call). */
  public synchronized void finished(CrawlTask task) {
    inFlight.remove(task.url().toString());
    notifyAll();
  }

  /** The earliest moment a queued task may become ready (its due time or its host's next-fetch time). */
  public synchronized Instant nextReady() {
    Instant next = null;
    for (Map.Entry<String, PriorityQueue<CrawlTask>> e : queues.entrySet()) {
      CrawlTask head = e.getValue().peek();
      if (head == null || slots.busy(e.getKey()) || slots.closed(e.getKey())) {
        continue;
      }
      Instant at = head.due().isAfter(slots.notBefore(e.getKey())) ? head.due() : slots.notBefore(e.getKey());
      if (next == null || at.isBefore(next)) {
        next = at;
      }
    }
    return next;
  }

  /**
   * Stops crawling the sources (another instance owns them now): their queued tasks are removed, no new ones are
   * accepted, and the call returns once none of theirs is being fetched or handled (or after {@code timeout}).
   */
  public synchronized void closeSources(Set<String> sourceIds, Duration timeout) throws InterruptedException {
    closedSources.addAll(sourceIds);
    for (PriorityQueue<CrawlTask> queue : queues.values()) {
      queue.removeIf(t -> {
        boolean drop = sourceIds.contains(t.sourceId());
        if (drop) {
          queuedUrls.remove(t.url().toString());
        }
        return drop;
      });
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.values().stream().anyMatch(t -> sourceIds.contains(t.sourceId()))) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return;
      }
      wait(left);
    }
  }

  /** Accepts the sources' tasks again (this instance owns them now). */
  public synchronized void openSources(Set<String> sourceIds) {
    closedSources.removeAll(sourceIds);
  }

  /** Waits (real time, at most {@code timeout}) until {@link #idle()}. */
  public synchronized void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!idle()) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return;
      }
      wait(Math.min(left, 50)); // also woken by every offer and release
    }
  }

  /** Whether nothing is queued for now or being fetched (tasks due later do not count). */
  public synchronized boolean idle() {
    Instant now = clock.instant();
    return inFlight.isEmpty() && queues.values().stream().allMatch(q -> q.isEmpty() || q.peek().due().isAfter(now));
  }

  public synchronized int size() {
    return queuedUrls.size();
  }

  private synchronized void wakeUp() {
    notifyAll();
  }

  private PriorityQueue<CrawlTask> newQueue(String host) {
    PriorityQueue<CrawlTask> queue = new PriorityQueue<>(BY_DUE);
    Gauge.builder("news.host.queue.depth", this, self -> self.depth(host)).tag("host", host)
        .description("URLs waiting in this host's queue (due now or later)").register(metrics);
    Gauge.builder("news.host.queue.age.seconds", this, self -> self.overdueSeconds(host)).tag("host", host)
        .description("How long the most overdue URL of this host's queue has waited past its due time")
        .register(metrics);
    return queue;
  }

  private synchronized double depth(String host) {
    PriorityQueue<CrawlTask> queue = queues.get(host);
    return queue == null ? 0 : queue.size();
  }

  private synchronized double overdueSeconds(String host) {
    PriorityQueue<CrawlTask> queue = queues.get(host);
    CrawlTask head = queue == null ? null : queue.peek();
    if (head == null) {
      return 0;
    }
    Duration late = Duration.between(head.due(), clock.instant());
    return late.isNegative() ? 0 : late.toMillis() / 1000.0;
  }
}
