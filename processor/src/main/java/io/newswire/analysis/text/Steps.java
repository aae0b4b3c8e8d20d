package io.newswire.analysis.text;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counting hook that lets a test prove the analysis linear without timing it: every character a rule's regular
 * expression reads (backtracking included) and every character fed to an automaton is one step. Counting is off
 * unless a test turns it on for its own thread with {@link #count}; off, the rules get their text as it is.
 */
public final class Steps {
  private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();
  /**
   * Threads counting now. While none is, the rules skip the thread-local look-up, which cost them more than the
   * counting it serves (a rule asks for a matcher or adds steps a hundred times per article).
   */
  private static final AtomicInteger COUNTING = new AtomicInteger();

  private Steps() {}

  /** {@code pattern.matcher(text)}, reading through a counter when counting is on. */
  public static Matcher matcher(Pattern pattern, CharSequence text) {
    if (COUNTING.get() == 0) {
      return pattern.matcher(text);
    }
    long[] counter = COUNTER.get();
    return pattern.matcher(counter == null ? text : new Counted(text, counter));
  }

  /** Records {@code n} steps of work that does not go through {@link #matcher} (an automaton's input). */
  public static void add(long n) {
    if (COUNTING.get() == 0) {
      return;
    }
    long[] counter = COUNTER.get();
    if (counter != null) {
      counter[0] += n;
    }
  }

  /** Runs {@code work} with counting on for this thread and returns its result with the steps it took. */
  public static <T> Counted.Result<T> count(Supplier<T> work) {
    long[] counter = new long[1];
    COUNTER.set(counter);
    COUNTING.incrementAndGet();
    try {
      T value = work.get();
      return new Counted.Result<>(value, counter[0]);
    } finally {
      COUNTING.decrementAndGet();
      COUNTER.remove();
    }
  }

  /** A text whose every {@code charAt} is a step. */
  public static final class Counted implements CharSequence {
    private final CharSequence text;
    private final long[] counter;

    Counted(CharSequence text, long[] counter) {
      this.text = text;
      this.counter = counter;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      counter[0]++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      counter[0] += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      counter[0] += text.length();
      return text.toString();
    }

    public record Result<T>(T value, long steps) {}
  }
}
