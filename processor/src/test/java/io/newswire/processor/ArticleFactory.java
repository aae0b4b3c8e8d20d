package io.newswire.processor;

import io.newswire.schemas.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Generated realistic articles for broker tests and benchmarks: the seed story, told about other delegations. */
public final class ArticleFactory {
  private static final String[] ORGANS = {"Ban Tổ chức Trung ương", "Ban Nội chính Trung ương", "Ban Tuyên giáo và Dân vận Trung ương",
      "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội", "Bộ Tài chính"};

  private ArticleFactory() {}

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
