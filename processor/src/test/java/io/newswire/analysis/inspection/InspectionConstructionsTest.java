package io.newswire.analysis.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.analysis.AnalysisInput;
import io.newswire.analysis.ArticleAnalyzer;
import io.newswire.analysis.entity.EntityKind;
import io.newswire.analysis.entity.Mention;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructions of real reporting the detector reads, one per test, each written in our own words: where the
 * issuer stands, which words make a delegation, which stage wins, how heads and dates are written.
 */
class InspectionConstructionsTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static InspectionFacts facts(String published, String title, String... paragraphs) {
    return ANALYZER.analyze(new AnalysisInput(title, null, List.of(paragraphs), List.of(), List.of(), null,
        OffsetDateTime.parse(published).toInstant())).inspection();
  }

  @Test
  void theIssuerMaySetUpTheDelegationBeforeItIsNamed() {
    InspectionFacts f = facts("2026-05-02T10:00+07:00", "Lập đoàn giám sát về đất đai",
        "Ủy ban Thường vụ Quốc hội vừa ban hành Nghị quyết thành lập Đoàn giám sát về quản lý đất đai do Phó Chủ tịch "
            + "Quốc hội Hà Văn Tâm làm Trưởng đoàn.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Ủy ban Thường vụ Quốc hội"), f.issuers());
    assertEquals("NATIONAL_ASSEMBLY", f.level());
    assertEquals("Hà Văn Tâm", f.head());
    assertEquals("DECISION_ANNOUNCED", f.stage());
    assertEquals("SUPERVISION", f.kind());
  }

  @Test
  void theIssuerMayBeNamedInAnotherSentence() {
    InspectionFacts f = facts("2026-04-16T10:00+07:00", "Giám sát việc tự chủ tại bệnh viện công",
        "Từ ngày 20 đến 28/4, Đoàn giám sát sẽ làm việc tại Sở Y tế Đà Nẵng và 4 bệnh viện.",
        "Sau đợt giám sát, Thường trực HĐND thành phố Đà Nẵng sẽ làm việc với UBND thành phố.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("LOCAL", f.level());
    assertEquals(List.of("Sở Y tế Đà Nẵng"), f.inspectedOrganizations());
    assertEquals("PLANNED", f.stage());
    assertNull(f.eventDate(), "a date still to come is the plan's, not the event's");
  }

  @Test
  void aBodySupervisingAsABodyIsADelegationStoryWithoutTheWordDoan() {
    InspectionFacts f = facts("2025-11-12T10:00+07:00", "Giám sát việc giải quyết kiến nghị cử tri",
        "Sáng 12/11, Thường trực HĐND tỉnh Lai Châu tổ chức giám sát việc giải quyết kiến nghị cử tri tại UBND huyện Tam Đường.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("HĐND tỉnh Lai Châu"), f.issuers());
    assertEquals(List.of("UBND huyện Tam Đường"), f.inspectedOrganizations());
    assertEquals("WORKING_SESSION", f.stage());
  }

  @Test
  void aWorkingGroupCountsOnlyWhenItIsThereToInspect() {
    assertFalse(facts("2025-08-20T10:00+07:00", "Tổ công tác làm việc về văn kiện đại hội",
        "Chiều 20/8, Tổ công tác số 5 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn để cho ý kiến vào "
            + "dự thảo văn kiện đại hội.").isInspectionDelegationStory());
    InspectionFacts f = facts("2025-08-21T10:00+07:00", "Tổ công tác của Thủ tướng kiểm tra giải ngân",
        "Sáng 21/8, Tổ công tác số 4 của Thủ tướng Chính phủ đã làm việc, kiểm tra việc giải ngân vốn đầu tư công tại "
            + "UBND tỉnh Cà Mau.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("WORKING_GROUP", f.kind());
    assertEquals(List.of("Thủ tướng Chính phủ"), f.issuers());
    assertEquals("4", f.delegationNumber());
  }

  @Test
  void aDelegationNamedInPassingIsNotTheStory() {
    assertFalse(facts("2025-03-01T10:00+07:00", "Phiên họp bàn về công tác dân nguyện",
        "Ủy ban Thường vụ Quốc hội giao Ban Dân nguyện tổng hợp các vụ việc, đề xuất với Đoàn giám sát chuyên đề của "
            + "Ủy ban Thường vụ Quốc hội.").isInspectionDelegationStory());
  }

  @Test
  void operationalChecksAreNotDelegationsButPolicySupervisionOfTheSameTopicIs() {
    assertFalse(facts("2025-09-10T10:00+07:00", "Kiểm tra công trình phòng, chống thiên tai",
        "Chiều 10/9, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đã kiểm tra công tác phòng, chống thiên tai tại 3 xã.")
        .isInspectionDelegationStory());
    assertTrue(facts("2025-09-10T10:00+07:00", "Đoàn giám sát của Quốc hội về phòng cháy, chữa cháy",
        "Chiều 10/9, Đoàn giám sát của Quốc hội về việc thực hiện pháp luật về phòng cháy, chữa cháy đã làm việc với "
            + "Bộ Công an.").isInspectionDelegationStory());
  }

  @Test
  void theHighestStageOfTheOpeningWins() {
    assertEquals("DRAFT_REPORT_REVIEW", facts("2025-10-01T10:00+07:00", "Đoàn giám sát số 4 làm việc",
        "Sáng 1/10, Đoàn giám sát số 4 của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng.",
        "Tại buổi làm việc, Đoàn thông qua dự thảo Báo cáo kết quả giám sát.").stage());
    assertEquals("DECISION_ANNOUNCED", facts("2025-10-01T10:00+07:00", "Công bố quyết định kiểm tra",
        "Sáng 1/10, Đoàn kiểm tra số 7 của Bộ Chính trị công bố quyết định và kế hoạch kiểm tra đối với Ban Thường vụ "
            + "Tỉnh ủy Lào Cai.").stage());
    assertEquals("PLANNED", facts("2025-10-01T10:00+07:00", "Trình dự thảo nghị quyết",
        "Trình bày dự thảo Nghị quyết thành lập Đoàn giám sát của Ủy ban Thường vụ Quốc hội, Tổng Thư ký cho biết đoàn "
            + "sẽ giám sát tại 10 tỉnh.").stage());
  }

  @Test
  void headsAreWrittenInManyWays() {
    assertEquals("Trần Thu Hà", facts("2026-03-06T10:00+07:00", "Kiểm tra tại Ninh Bình",
        "Sáng 6/3, Đoàn kiểm tra số 12 của Bộ Chính trị do bà Trần Thu Hà, Ủy viên Bộ Chính trị, Bí thư Trung ương "
            + "Đảng, Trưởng Ban Tổ chức Trung ương, làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Ninh Bình.").head());
    assertEquals("Lê Hoài Nam", facts("2026-03-06T10:00+07:00", "Kiểm tra tại Ninh Bình",
        "Sáng 6/3, Chủ tịch nước Lê Hoài Nam, Trưởng đoàn kiểm tra số 3 của Bộ Chính trị, đã công bố quyết định kiểm "
            + "tra đối với Ban Thường vụ Tỉnh ủy Ninh Bình.").head());
    assertEquals("Phạm Quốc Khánh", facts("2026-03-06T10:00+07:00", "Kiểm tra tại Ninh Bình",
        "Ngày 6-3, ông Phạm Quốc Khánh, Bí thư Trung ương Đảng, dẫn đầu đoàn kiểm tra của Ban Bí thư đã làm việc "
            + "với Ban Thường vụ Tỉnh ủy Ninh Bình.").head());
    assertEquals("Vũ Minh Đức", facts("2019-03-28T10:00+07:00", "Giám sát tại Hà Nam",
        "Chiều 28/3, dưới sự chủ trì của Phó Chủ tịch Quốc hội Vũ Minh Đức, Đoàn giám sát của Quốc hội đã làm việc với "
            + "UBND tỉnh Hà Nam.").head());
  }

  @Test
  void eventDatesIgnoreDocumentsAndPeriods() {
    assertEquals("2026-03-03", facts("2026-03-03T20:00+07:00", "Công bố quyết định kiểm tra",
        "Chiều 3.3, Đoàn kiểm tra của Bộ Chính trị công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Hà Tĩnh.")
        .eventDate().toString());
    assertEquals("2026-01-20", facts("2026-01-20T20:00+07:00", "Làm việc",
        "Thực hiện Quyết định số 45-QĐ/TW ngày 2/1/2026 của Bộ Chính trị, ngày 20/1, Đoàn kiểm tra số 9 của Bộ Chính "
            + "trị làm việc với Ban Thường vụ Tỉnh ủy Hà Tĩnh.").eventDate().toString());
    assertEquals("2024-04-24", facts("2024-04-27T20:00+07:00", "Kiểm tra công tác dân tộc",
        "Trong ba ngày từ 24 đến 26/4, Đoàn kiểm tra của Ban Chỉ đạo Trung ương đã làm việc với Ban Thường vụ Tỉnh ủy "
            + "Điện Biên.").eventDate().toString());
    assertNull(facts("2024-01-16T20:00+07:00", "Công bố quyết định thanh tra",
        "Thanh tra Chính phủ công bố quyết định thanh tra tại UBND tỉnh Bình Phước. Thời kỳ thanh tra từ ngày 1/1/2016 "
            + "đến ngày 31/12/2023.").eventDate());
  }

  @Test
  void aPersonNamedLikeAProvinceStaysAPerson() {
    List<Mention> mentions = ANALYZER.analyze(new AnalysisInput("Phó Thủ tướng Nguyễn Hòa Bình làm việc với Bộ Tài chính",
        null, List.of(), List.of(), List.of(), null, OffsetDateTime.parse("2026-02-02T10:00+07:00").toInstant())).mentions();
    assertTrue(mentions.stream().anyMatch(m -> m.kind() == EntityKind.PERSON && m.canonical().equals("Nguyễn Hòa Bình")));
    assertTrue(mentions.stream().noneMatch(m -> m.kind() == EntityKind.LOCATION));
  }

  @Test
  void aProvinceKeepsTheNameOfTheStorysTime() {
    String text = "Lãnh đạo tỉnh Kiên Giang tiếp đoàn doanh nghiệp";
    List<Mention> before = ANALYZER.analyze(new AnalysisInput(text, null, List.of(), List.of(), List.of(), null,
        OffsetDateTime.parse("2017-03-29T10:00+07:00").toInstant())).mentions();
    List<Mention> after = ANALYZER.analyze(new AnalysisInput(text, null, List.of(), List.of(), List.of(), null,
        OffsetDateTime.parse("2025-09-01T10:00+07:00").toInstant())).mentions();
    assertTrue(before.stream().anyMatch(m -> m.kind() == EntityKind.LOCATION && m.canonical().equals("Kiên Giang")));
    assertTrue(after.stream().anyMatch(m -> m.kind() == EntityKind.LOCATION && m.canonical().equals("An Giang")));
  }

  @Test
  void countriesInsideOtherNamesAreNotPlaces() {
    List<Mention> mentions = ANALYZER.analyze(new AnalysisInput("Hội Nhà báo Lào thăm xã Nga Sơn", null, List.of(),
        List.of(), List.of(), null, OffsetDateTime.parse("2026-02-02T10:00+07:00").toInstant())).mentions();
    assertTrue(mentions.stream().noneMatch(m -> m.kind() == EntityKind.LOCATION
        && (m.canonical().equals("Lào") || m.canonical().equals("Nga"))), mentions.toString());
  }

  @Test
  void aLeaderWorkingWithProvincesToCheckIsAWorkingGroupOfTheCommitteeNamedNext() {
    InspectionFacts f = facts("2019-10-04T20:00+07:00", "Kiểm tra công tác cải cách hành chính tại Yên Bái, Cao Bằng",
        "Hai ngày 3 và 4/10, Phó Chủ tịch Quốc hội Đỗ Văn Hạnh đã có các cuộc làm việc với Ban Thường vụ Tỉnh ủy các "
            + "tỉnh Yên Bái và Cao Bằng để kiểm tra kết quả công tác cải cách hành chính.",
        "Đây là hoạt động định kỳ của Ban Chỉ đạo Trung ương nhằm đánh giá việc thực hiện các quy định của Đảng.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("CENTRAL_PARTY", f.level());
    assertEquals("WORKING_GROUP", f.kind());
    assertEquals("Đỗ Văn Hạnh", f.head());
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy Yên Bái", "Ban Thường vụ Tỉnh ủy Cao Bằng"), f.inspectedOrganizations());
    assertEquals("WORKING_SESSION", f.stage());
  }

  @Test
  void aSupervisionDelegationChairedByAnAssemblyLeaderIsTheStandingCommittees() {
    InspectionFacts f = facts("2023-06-14T19:00+07:00", "Đoàn giám sát về đào tạo nghề họp phiên thứ tư",
        "Chiều 14/6, tại nhà Quốc hội, Đoàn giám sát “Việc thực hiện chính sách về đào tạo nghề” đã họp phiên thứ 4 "
            + "dưới sự chủ trì của Phó Chủ tịch Quốc hội Lê Minh Đạo.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Ủy ban Thường vụ Quốc hội"), f.issuers(), "the building is not the issuer");
    assertEquals("Lê Minh Đạo", f.head());
  }

  @Test
  void aSupervisingVerbNamesItsObjectNotItsIssuerWhenADelegationIsNamedWithItsIssuer() {
    InspectionFacts f = facts("2019-05-20T10:00+07:00", "Giám sát chuyên đề tại Đảng ủy Quân sự tỉnh",
        "Phục vụ cuộc giám sát chuyên đề này, thời gian qua ĐUQS tỉnh đã chuẩn bị và gửi đoàn giám sát Dự thảo Báo "
            + "cáo kết quả lãnh đạo nhiệm vụ quốc phòng địa phương.",
        "Sau khi làm việc với ĐUQS tỉnh, Đoàn giám sát của UBKT Tỉnh ủy sẽ làm việc tại một số đơn vị trực thuộc.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Ủy ban Kiểm tra Tỉnh ủy"), f.issuers());
    assertEquals(List.of("Đảng ủy Quân sự tỉnh"), f.inspectedOrganizations());
    assertEquals("WORKING_SESSION", f.stage(), "the unit's own draft report is not the delegation's");
  }

  @Test
  void aDelegationSetUpToFollowEarlierConclusionsIsADecisionAndItsPartnerIsNotInspected() {
    InspectionFacts f = facts("2023-03-08T10:00+07:00", "Lập 3 đoàn kiểm tra việc khắc phục sai phạm về đất công",
        "Thanh tra Chính phủ cho biết đã chủ trì, phối hợp với Bộ Xây dựng thành lập đoàn công tác kiểm tra việc "
            + "khắc phục tồn tại theo các kết luận thanh tra đối với các dự án ở địa phương.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Thanh tra Chính phủ"), f.issuers());
    assertEquals("DECISION_ANNOUNCED", f.stage());
    assertFalse(f.inspectedOrganizations().contains("Bộ Xây dựng"));
  }

  @Test
  void aCommitteeIssuingAnInspectionDecisionIsADecision() {
    InspectionFacts f = facts("2022-05-12T10:00+07:00", "Đà Nẵng: Kiểm tra việc lãnh đạo công tác quản lý đất đai",
        "Ngày 10/5/2022, Thành ủy Đà Nẵng ban hành quyết định số 201-QĐ/TU về kiểm tra đối với ban thường vụ một số "
            + "quận ủy trong lãnh đạo công tác quản lý đất đai.",
        "Đoàn kiểm tra được trưng dụng cán bộ của các sở, ngành khi cần thiết.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Thành ủy Đà Nẵng"), f.issuers());
    assertEquals("DECISION_ANNOUNCED", f.stage());
  }

  @Test
  void aTallyOfInspectionsOrAProposalOfTopicsIsNotADelegationStory() {
    assertFalse(facts("2020-04-10T10:00+07:00", "Tổ công tác của Thủ tướng đã thực hiện 87 cuộc kiểm tra sau 4 năm",
        "Sau 4 năm hoạt động, Tổ công tác của Thủ tướng Chính phủ đã thực hiện 87 cuộc kiểm tra đối với các bộ, ngành.")
        .isInspectionDelegationStory());
    assertFalse(facts("2023-12-20T10:00+07:00", "Ban Pháp chế HĐND tỉnh đề xuất nội dung giám sát chuyên đề năm 2024",
        "Theo đề nghị của Thường trực HĐND tỉnh, Ban Pháp chế HĐND tỉnh đề xuất hai nội dung giám sát chuyên đề năm 2024.")
        .isInspectionDelegationStory());
  }

  @Test
  void aWorkingGroupLedByADeputyPrimeMinisterInspectsTheOrgansListedAfterAColon() {
    InspectionFacts f = facts("2023-06-02T10:00+07:00", "Lập 5 tổ công tác kiểm tra giải ngân vốn đầu tư công",
        "Tổ công tác số 2 do Phó Thủ tướng Lê Văn Khoa làm tổ trưởng, kiểm tra các bộ, cơ quan: Văn phòng Quốc hội, "
            + "Bộ Tư pháp, Bộ Ngoại giao; các địa phương: Thanh Hóa, Nghệ An.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("GOVERNMENT", f.level(), "the Assembly's office is inspected here, it sends nothing");
    assertEquals(List.of("Thủ tướng Chính phủ"), f.issuers());
    assertEquals("Lê Văn Khoa", f.head());
    assertEquals(List.of("Văn phòng Quốc hội", "Bộ Tư pháp", "Bộ Ngoại giao"), f.inspectedOrganizations());
  }

  @Test
  void theObjectOfASupervisionNamedAfterAColonIsNotItsIssuer() {
    InspectionFacts f = facts("2024-09-03T10:00+07:00", "Thành lập Đoàn giám sát về giáo dục nghề nghiệp",
        "Đoàn giám sát gồm 17 thành viên do Phó Chủ tịch Thường trực Quốc hội Đỗ Minh An làm trưởng đoàn.",
        "Đối tượng giám sát: Chính phủ và các bộ, ngành; UBND các tỉnh, thành phố.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("NATIONAL_ASSEMBLY", f.level());
    assertEquals(List.of("Ủy ban Thường vụ Quốc hội"), f.issuers());
    assertEquals(List.of("Chính phủ"), f.inspectedOrganizations());
    assertEquals("DECISION_ANNOUNCED", f.stage());
  }

  @Test
  void anInspectorateDecisionAnnouncedAtTheProvincesSeatInspectsTheProvince() {
    InspectionFacts f = facts("2019-03-12T10:00+07:00", "Thanh tra việc quản lý đất đai tại Hà Nam",
        "Sáng 12-3, tại trụ sở UBND tỉnh Hà Nam, Thanh tra Chính phủ công bố quyết định thanh tra công tác quản lý đất "
            + "đai của tỉnh.",
        "Quyết định do Phó Tổng Thanh tra Chính phủ Vũ Đình Lâm công bố, giao ông Hồ Văn Sơn, Cục trưởng Cục I, làm "
            + "trưởng đoàn.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Thanh tra Chính phủ"), f.issuers());
    assertEquals(List.of("UBND tỉnh Hà Nam"), f.inspectedOrganizations());
    assertEquals("Hồ Văn Sơn", f.head(), "the one who announces is not the head");
    assertEquals("DECISION_ANNOUNCED", f.stage());
  }

  @Test
  void willCoversEveryVerbOfItsClauseAndDeployingAPlanAndDecisionIsADecision() {
    assertEquals("PLANNED", facts("2021-05-04T10:00+07:00", "Thường trực HĐND tỉnh: Giám sát việc hỗ trợ người lao động",
        "Trong tháng 5, Thường trực HĐND tỉnh triển khai giám sát việc hỗ trợ người lao động mất việc.",
        "Đoàn sẽ tiến hành giám sát, khảo sát trực tiếp tại UBND tỉnh và một số sở, ngành.").stage());
    assertEquals("DECISION_ANNOUNCED", facts("2023-05-09T10:00+07:00", "Kiểm tra công tác phòng, chống tham nhũng tại Phú Yên",
        "Chiều 9/5, Đoàn công tác số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực do ông Đinh Văn "
            + "Lộc làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Phú Yên để triển khai Kế hoạch số 7, Quyết định "
            + "số 8 về kiểm tra công tác phát hiện tham nhũng.").stage());
  }

  @Test
  void supervisionWorkInGeneralAndSessionsReviewingResultsAreNotDelegationStories() {
    assertFalse(facts("2024-01-12T10:00+07:00", "Phương hướng năm 2024 của Đoàn ĐBQH tỉnh: nâng cao hiệu quả giám sát",
        "Năm 2024, Đoàn ĐBQH tỉnh Yên Bái tiếp tục đổi mới hoạt động giám sát và giám sát chuyên đề của Đoàn.")
        .isInspectionDelegationStory());
    assertFalse(facts("2021-10-02T10:00+07:00", "Yêu cầu kiểm điểm các tổ chức đảng liên quan sai phạm",
        "Tại kỳ họp, sau khi xem xét kết quả giám sát tại Đảng bộ tỉnh Bình Phước, Ủy ban Kiểm tra Trung ương yêu cầu "
            + "kiểm điểm các tổ chức đảng có liên quan.").isInspectionDelegationStory());
    assertFalse(facts("2021-01-08T10:00+07:00", "Sơn La: 96 đảng viên bị xử lý kỷ luật",
        "Năm 2020, Thường trực Tỉnh ủy tổ chức 9 đoàn công tác kiểm tra, nắm tình hình ở một số huyện ủy.")
        .isInspectionDelegationStory());
  }

  @Test
  void anInspectoratesFindingsAreItsConclusion() {
    InspectionFacts f = facts("2019-05-06T10:00+07:00", "Sai phạm khi cổ phần hóa một tổng công ty",
        "Thanh tra Chính phủ phát hiện nhiều sai phạm trong cổ phần hóa Tổng công ty Lương thực miền Nam, đồng thời kiến "
            + "nghị phê bình lãnh đạo Bộ Nông nghiệp và Phát triển nông thôn.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals(List.of("Thanh tra Chính phủ"), f.issuers());
    assertEquals("CONCLUSION_ANNOUNCED", f.stage());
    assertFalse(facts("2019-05-06T10:00+07:00", "Kỷ luật một số đảng viên",
        "Ủy ban Kiểm tra Trung ương phát hiện nhiều vi phạm của Ban Thường vụ Tỉnh ủy và đề nghị thi hành kỷ luật.")
        .isInspectionDelegationStory(), "a Party commission's findings are a disciplinary story");
  }

  @Test
  void aCommunePartyCommitteeSupervisingItsCellIsLocal() {
    InspectionFacts f = facts("2026-03-02T10:00+07:00", "Công bố quyết định giám sát Chi bộ Trường Tiểu học",
        "Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát đối với Chi bộ Trường Tiểu học trong năm 2026.",
        "Đoàn giám sát đề nghị chi bộ quán triệt kế hoạch giám sát.");
    assertTrue(f.isInspectionDelegationStory());
    assertEquals("LOCAL", f.level());
    assertEquals(List.of("Đảng ủy xã"), f.issuers());
  }

  @Test
  void theInspectorateNamedWithALowerCaseWordIsNotAnInspectedGovernment() {
    InspectionFacts f = facts("2019-04-20T10:00+07:00", "Kiểm tra quản lý đất đai ở Cà Mau",
        "Đầu tháng 4, Thanh tra Chính phủ thành lập đoàn kiểm tra việc quản lý đất đai trên địa bàn tỉnh Cà Mau. Đoàn "
            + "thanh tra Chính phủ cũng sẽ làm rõ công tác bảo vệ môi trường.");
    assertTrue(f.isInspectionDelegationStory());
    assertFalse(f.inspectedOrganizations().contains("Chính phủ"));
  }
}
