package io.newswire.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names written the ways real reporting writes them, each in our own words, found with the right canonical name. */
class EntityConstructionsTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static List<String> names(EntityKind kind, String paragraph) {
    return ANALYZER.analyze(new AnalysisInput("Tin ngắn", null, List.of(paragraph), List.of(), List.of(), null,
            OffsetDateTime.parse("2024-03-01T10:00+07:00").toInstant())).mentions().stream()
        .filter(m -> m.kind() == kind).map(Mention::canonical).toList();
  }

  @Test
  void congressesPlenumsAndTheirResolutionsByTheirWordings() {
    String text = "Trước Đại hội lần thứ XIV, Hội nghị Trung ương 8 khóa XIII bàn về việc thực hiện Nghị quyết Đại hội"
        + " XIII và Nghị quyết Trung ương 4 khóa XII; nhiệm kỳ Đại hội XII đã qua.";
    assertTrue(names(EntityKind.EVENT, text).containsAll(List.of("Đại hội XIV của Đảng",
        "Hội nghị Trung ương 8 khóa XIII")), names(EntityKind.EVENT, text).toString());
    assertTrue(names(EntityKind.DOCUMENT, text).containsAll(List.of("Nghị quyết Đại hội XIII của Đảng",
        "Nghị quyết Trung ương 4 khóa XII")), names(EntityKind.DOCUMENT, text).toString());
    assertTrue(!names(EntityKind.EVENT, text).contains("Đại hội XII của Đảng"), "a term, not the congress");
  }

  @Test
  void aTitleMayLowerCaseTheBoardItHeads() {
    assertTrue(names(EntityKind.ORGANIZATION, "Trưởng ban Dân nguyện Lê Văn Nam cho biết.").contains("Ban Dân nguyện"));
  }

  @Test
  void anAbbreviationInBracketsInsideTheNameDoesNotBreakIt() {
    assertTrue(names(EntityKind.ORGANIZATION, "Ở Nghệ An, Ủy ban Kiểm tra (UBKT) Tỉnh ủy được thành lập năm 1950.")
        .contains("Ủy ban Kiểm tra Tỉnh ủy"));
  }

  @Test
  void aDistrictInspectionCommissionKeepsItsDistrict() {
    assertTrue(names(EntityKind.ORGANIZATION, "Uỷ ban kiểm tra Huyện uỷ Thanh Chương kỷ niệm ngày thành lập.")
        .contains("Ủy ban Kiểm tra Huyện ủy Thanh Chương"));
  }

  @Test
  void lessCommonSurnamesStartANameToo() {
    assertTrue(names(EntityKind.PERSON, "Phó Chủ tịch Quốc hội Uông Văn Khải phát biểu.").contains("Uông Văn Khải"));
  }

  @Test
  void aCompanyIsFoundByItsShortName() {
    assertTrue(names(EntityKind.ORGANIZATION, "Đoàn thanh tra làm việc tại Tổng Công ty Lâm nghiệp.")
        .contains("Tổng công ty Lâm nghiệp Việt Nam"));
  }

  @Test
  void peoplesCouncilCommitteesAndProvincialBoardsAreOrgans() {
    List<String> organs = names(EntityKind.ORGANIZATION, "Ban Kinh tế - Ngân sách HĐND tỉnh phối hợp với Ban tổ chức "
        + "Tỉnh ủy, Bộ CHQS tỉnh và Thường trực HĐND.");
    assertTrue(organs.containsAll(List.of("Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Tổ chức Tỉnh ủy",
        "Bộ Chỉ huy Quân sự tỉnh", "HĐND")), organs.toString());
  }

  @Test
  void aNameEndingInVietNamIsAlsoWrittenWithVN() {
    assertTrue(names(EntityKind.ORGANIZATION, "Thanh tra tại Tập đoàn Công nghiệp cao su VN.")
        .contains("Tập đoàn Công nghiệp Cao su Việt Nam"));
  }

  @Test
  void aMausoleumNamedAfterAPersonIsAnOrganNotAPlace() {
    assertTrue(names(EntityKind.LOCATION, "Kiểm tra Ban Quản lý Lăng Chủ tịch Hồ Chí Minh.").isEmpty());
  }

  @Test
  void aCountryNameAtTheStartOfAVietnamesePlaceNameIsNotTheCountry() {
    assertTrue(names(EntityKind.LOCATION, "Người dân xã Hồng Sơn, huyện Mỹ Đức gửi đơn.").stream()
        .noneMatch(n -> n.equals("Hoa Kỳ")));
    assertTrue(names(EntityKind.LOCATION, "Quan hệ với Mỹ tiếp tục phát triển.").contains("Hoa Kỳ"));
    assertTrue(names(EntityKind.LOCATION, "Chủ tịch UBND TPHCM Phan Văn Mãi phát biểu.").contains("Hồ Chí Minh"),
        "an abbreviation before a name is still the place");
  }

  @Test
  void aMinistrysPartyGroupAndBareCouncilsAreOrgans() {
    List<String> organs = names(EntityKind.ORGANIZATION, "Đoàn làm việc với Ban cán sự đảng Bộ Nội vụ, HĐND thành phố "
        + "và Đảng ủy xã.");
    assertTrue(organs.containsAll(List.of("Ban cán sự đảng Bộ Nội vụ", "HĐND thành phố", "Đảng ủy xã")),
        organs.toString());
  }

  @Test
  void anInvisibleWordJoinerInsideANameDoesNotHideIt() {
    assertTrue(names(EntityKind.ORGANIZATION, "Đoàn kiểm tra của Bộ Chí\u2060nh trị làm việc.").contains("Bộ Chính trị"));
  }

  @Test
  void documentCodesAreFoundBesideCreditsAndDatesWithSlashes() {
    String credit = "Ảnh: Minh Anh/TTXVN. Ngày 3/4, ";
    assertTrue(names(EntityKind.DOCUMENT, credit + "theo Quy định 22 - QĐi /TW.").contains("Quy định số 22-QĐi/TW"));
    assertTrue(names(EntityKind.DOCUMENT, credit + "theo Nghị định 45/2023/NĐ-CP.").contains("Nghị định số 45/2023/NĐ-CP"));
    assertTrue(names(EntityKind.DOCUMENT, credit + "ban hành Kết luận 7KL/TW.").contains("Kết luận số 7-KL/TW"));
    assertTrue(names(EntityKind.DOCUMENT, credit + "có Thông báo 910/TB-VPCP.").contains("Thông báo số 910/TB-VPCP"));
  }
}
