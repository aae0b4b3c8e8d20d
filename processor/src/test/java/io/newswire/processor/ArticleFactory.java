package io.newswire.processor;

import io.newswire.schemas.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Generated realistic articles for broker tests and benchmarks: the seed story, told about other delegations. */
public final class ArticleFactory {
  private static final String[] ORGANS = {"Ban Tổ chức Trung ương", "Ban Nội chính Trung ương", "Ban Tuyên giáo và Dân vận Trung ương",
      "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội", "Bộ Tài chính"};

  private static final String[] POOL = poolOfParagraphs();

  private ArticleFactory() {}

  private static String[] poolOfParagraphs() {
    java.util.List<String> pool = new java.util.ArrayList<>(Articles.seed().getParagraphs());
    pool.add(Articles.seed().getLead());
    return pool.toArray(new String[0]);
  }

  /**
   * Article {@code i} for load tests: a seed-shaped story (≈ 6 KB) whose paragraphs are drawn from the seed's in
   * an order of its own, with its own delegation number, organ and URL, so texts differ like a day's news does.
   */
  public static RawArticle varied(int i) {
    RawArticle a = distinctStory(i);
    java.util.SplittableRandom random = new java.util.SplittableRandom(i);
    java.util.List<String> paragraphs = new java.util.ArrayList<>();
    int n = 8 + random.nextInt(5);
    for (int k = 0; k < n; k++) {
      paragraphs.add(POOL[random.nextInt(POOL.length)].replace("Ban Tổ chức Trung ương", ORGANS[random.nextInt(ORGANS.length)]));
    }
    paragraphs.add("Bài số " + i + ".");
    a.setParagraphs(paragraphs);
    return a;
  }

  /** The {@code i} a URL of {@link #distinctStory} or {@link #varied} was made from. */
  public static int indexOf(String url) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("doan-kiem-tra-so-(\\d+)-").matcher(url);
    return m.find() ? Integer.parseInt(m.group(1)) - 1000 : -1;
  }

  /** Story {@code i}: its own delegation number, day and inspected organ, at its own URL. */
  public static RawArticle distinctStory(int i) {
    int number = 1000 + i;
    String organ = ORGANS[i % ORGANS.length];
    String url = "https://baotintuc.vn/thoi-su/doan-kiem-tra-so-" + number + "-2022101118" + String.format("%07d", i) + ".htm";
    RawArticle a = Articles.seedAt(url);
    a.setTitle(a.getTitle().replace("538", Integer.toString(number)).replace("Ban Tổ chức Trung ương", organ));
    a.setLead(a.getLead().replace("538", Integer.toString(number)).replace("Chiều 11/10", "Chiều " + (1 + i % 28) + "/10")
        .replace("với Ban Tổ chức Trung ương", "với " + organ));
    List<String> paragraphs = new ArrayList<>(a.getParagraphs());
    paragraphs.add("Đây là bài số " + i + " trong loạt bài về công tác kiểm tra năm 2022.");
    a.setParagraphs(paragraphs);
    a.setPublishedAt(a.getPublishedAt().plus(Duration.ofMinutes(i)));
    return a;
  }
}
