package io.newswire.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in catalogue: the two TTXVN papers on, the official outlets off until switched on by name. */
class SourceCatalogueTest {
  private static final Set<String> OFFICIAL = Set.of("nhandan", "dangcongsan", "daibieunhandan", "baochinhphu");

  @Test
  void theOfficialOutletsShipSwitchedOffAndOneSettingSwitchesEachOn() {
    assertEquals(List.of("baotintuc", "vietnamplus"), SourceCatalogue.load(null).stream().map(Source::id).toList());
    List<Source> all = SourceCatalogue.load(null, OFFICIAL);
    assertEquals(6, all.size());
    List<Source> one = SourceCatalogue.load(null, Set.of("nhandan"));
    assertEquals(List.of("baotintuc", "vietnamplus", "nhandan"), one.stream().map(Source::id).toList());
    assertThrows(IllegalArgumentException.class, () -> SourceCatalogue.load(null, Set.of("nhandann")));
  }

  @Test
  void eachOutletKnowsItsArticlesFromItsOtherPages() {
    Map<String, Source> byId = SourceCatalogue.load(null, OFFICIAL).stream()
        .collect(Collectors.toMap(Source::id, s -> s));
    // article URLs of the shapes each site uses, and pages of the same sites that are not articles
    assertTrue(byId.get("nhandan").isArticle("https://nhandan.vn/phien-hop-toan-the-cua-uy-ban-post754901.html"));
    assertTrue(byId.get("nhandan").isArticle("https://nhandan.vn/ocop/infographic-muc-tieu-post860325.html"));
    assertFalse(byId.get("nhandan").isArticle("https://nhandan.vn/tu-khoa/UybanKinhteQuochoi-tag24083.html"));
    assertTrue(byId.get("dangcongsan").isArticle("https://dangcongsan.vn/tu-tuong-van-hoa/mot-bai-viet-554867.html"));
    assertFalse(byId.get("dangcongsan").isArticle("https://dangcongsan.vn/page/search"));
    assertTrue(byId.get("daibieunhandan").isArticle("https://daibieunhandan.vn/mot-bai-viet-ve-giam-sat-10380425.html"));
    assertFalse(byId.get("daibieunhandan").isArticle("https://daibieunhandan.vn/pho-truong-doan-tag1075.html"));
    assertTrue(byId.get("baochinhphu").isArticle("https://baochinhphu.vn/thu-tuong-chu-tri-phien-hop-102250505112210409.htm"));
    assertFalse(byId.get("baochinhphu").isArticle("https://baochinhphu.vn/thoi-su.htm"));
    for (String id : OFFICIAL) {
      assertEquals(List.of("generic"), byId.get(id).extractors(), id);
      assertFalse(byId.get(id).feeds().isEmpty() && byId.get(id).listings().isEmpty(), id + " has a way in");
    }
  }

  @Test
  void pagesOfHostsNoSourceNamesGetTheGenericExtractor() {
    assertEquals("baotintuc", SourceCatalogue.forUrl(SourceCatalogue.builtIn(), URI.create("https://baotintuc.vn/a.htm")).id());
    assertEquals("web", SourceCatalogue.forUrl(SourceCatalogue.builtIn(), URI.create("https://tinh.example.vn/a")).id());
  }
}
