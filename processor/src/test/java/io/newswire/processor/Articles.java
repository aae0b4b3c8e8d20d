package io.newswire.processor;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.SeedCorpus;
import io.newswire.schemas.Image;
import io.newswire.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** RawArticles for topology tests, built from the seed article. */
final class Articles {
  static final String SEED_URL =
      "https://baotintuc.vn/thoi-su/doan-kiem-tra-so-538-cua-bo-chinh-tri-lam-viec-voi-ban-to-chuc-trung-uong-20221011184512345.htm";

  private Articles() {}

  static RawArticle seed() {
    return seedAt(SEED_URL);
  }

  static RawArticle seedAt(String url) {
    AnalysisInput in = SeedCorpus.input();
    List<Image> images = new ArrayList<>();
    for (int i = 0; i < in.captions().size(); i++) {
      images.add(new Image("https://cdnmedia.baotintuc.vn/Upload/seed-" + i + ".jpg", in.captions().get(i),
          in.credits().get(i)));
    }
    return RawArticle.newBuilder().setUrl(url).setCanonicalUrl(url).setSource(url.contains("vietnamplus") ? "vietnamplus" : "baotintuc")
        .setFetchedAt(Instant.parse("2022-10-11T12:00:00Z")).setPublishedAt(in.publishedAt()).setTitle(in.title())
        .setLead(in.lead()).setParagraphs(new ArrayList<>(in.paragraphs())).setImages(images)
        .setSourceCredit("TTXVN/Báo Tin tức").setCategory("Thời sự").setExtractor("baotintuc/1").build();
  }
}
