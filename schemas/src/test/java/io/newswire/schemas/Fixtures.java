package io.newswire.schemas;

import java.time.Instant;
import java.util.List;

/** Small, realistic records for tests. */
public final class Fixtures {
  private Fixtures() {}

  public static RawArticle seedRawArticle() {
    return RawArticle.newBuilder()
        .setUrl("https://baotintuc.vn/thoi-su/doan-kiem-tra-so-538-cua-bo-chinh-tri-lam-viec-voi-ban-to-chuc-trung-uong-20221011184512345.htm")
        .setCanonicalUrl("https://baotintuc.vn/thoi-su/doan-kiem-tra-so-538-cua-bo-chinh-tri-lam-viec-voi-ban-to-chuc-trung-uong-20221011184512345.htm")
        .setSource("baotintuc")
        .setFetchedAt(Instant.parse("2022-10-11T11:50:00Z"))
        .setPublishedAt(Instant.parse("2022-10-11T11:45:12.345Z"))
        .setTitle("Đoàn kiểm tra số 538 của Bộ Chính trị làm việc với Ban Tổ chức Trung ương")
        .setLead(null)
        .setParagraphs(List.of(
            "Chiều 11/10, tại Hà Nội, Đoàn kiểm tra số 538 của Bộ Chính trị do đồng chí Phan Đình Trạc làm Trưởng đoàn.",
            "Đồng chí Trương Thị Mai tham dự buổi làm việc."))
        .setImages(List.of(new Image("https://cdnmedia.baotintuc.vn/Upload/a/files/2022/10/11/538.jpg",
            "Quang cảnh buổi làm việc.", "Phương Hoa/TTXVN")))
        .setAuthor(null)
        .setSourceCredit("TTXVN/Báo Tin tức")
        .setCategory("Thời sự")
        .setTags(List.of("Bộ Chính trị", "kiểm tra"))
        .setExtractor("baotintuc-2023/1")
        .build();
  }
}
