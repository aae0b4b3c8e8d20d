#!/usr/bin/env python3
"""Writes the analyser's development set, processor/src/test/resources/devset/devset.jsonl.

Each base item is a headline and lead as TTXVN writes them, with a hand-made gold annotation: the entities a
reader would mark (type, canonical name; positions are scored separately) and the inspection facts. Variants
re-use a base item's gold with the text in another form: NFD, the other tone style, an all-caps headline.

    python3 processor/src/test/devset/make_devset.py
"""
import json, os, unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "devset", "devset.jsonl")
NO = {"isInspectionDelegationStory": False}

def insp(number, issuers, level, head, deputies, inspected, stage, date, location, kind=None):
    out = {"isInspectionDelegationStory": True, "delegationNumber": number, "issuers": issuers, "level": level,
           "head": head, "deputyHeads": deputies, "inspectedOrganizations": inspected, "stage": stage,
           "eventDate": date, "location": location}
    if kind:
        out["kind"] = kind  # scored when present: the items written for the real-text constructions have it
    return out

B = []
def item(id, title, lead, published, entities, inspection, kind):
    B.append(dict(id=id, title=title, lead=lead, published=published, entities=entities, inspection=inspection, kind=kind))

# ---- inspection delegations: central Party ----
item("bct-decision-hai-phong",
     "Công bố quyết định kiểm tra của Bộ Chính trị đối với Ban Thường vụ Thành ủy Hải Phòng",
     "Sáng 5/3, tại Hải Phòng, Đoàn kiểm tra số 1557 của Bộ Chính trị do đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh làm Trưởng đoàn đã công bố quyết định kiểm tra đối với Ban Thường vụ Thành ủy Hải Phòng.",
     "2025-03-05T14:00:00+07:00",
     [["LOCATION","Hải Phòng"],["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Thành ủy Hải Phòng"],["PERSON","Nguyễn Văn Nên"],["ORGANIZATION","Thành ủy Thành phố Hồ Chí Minh"],["LOCATION","Hồ Chí Minh"]],
     insp("1557", ["Bộ Chính trị"], "CENTRAL_PARTY", "Nguyễn Văn Nên", [], ["Ban Thường vụ Thành ủy Hải Phòng"], "DECISION_ANNOUNCED", "2025-03-05", "Hải Phòng"), "inspection")
item("bbt-working-nghe-an",
     "Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Nghệ An",
     "Chiều 20/6, Đoàn kiểm tra số 45 của Ban Bí thư do đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An về công tác cán bộ.",
     "2025-06-20T18:10:00+07:00",
     [["ORGANIZATION","Ban Bí thư"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Nghệ An"],["LOCATION","Nghệ An"],["PERSON","Lê Minh Hưng"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["ORGANIZATION","Ban Tổ chức Trung ương"]],
     insp("45", ["Ban Bí thư"], "CENTRAL_PARTY", "Lê Minh Hưng", [], ["Ban Thường vụ Tỉnh ủy Nghệ An"], "WORKING_SESSION", "2025-06-20", None), "inspection")
item("ubkt-conclusion",
     "Công bố kết luận kiểm tra của Ủy ban Kiểm tra Trung ương tại Đảng ủy Bộ Công an",
     "Ngày 12/11, tại Hà Nội, Đoàn kiểm tra số 3 của Ủy ban Kiểm tra Trung ương do đồng chí Trần Văn Rón, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương làm Trưởng đoàn đã công bố kết luận kiểm tra đối với Ban Thường vụ Đảng ủy Công an Trung ương.",
     "2024-11-12T16:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Trung ương"],["ORGANIZATION","Bộ Công an"],["LOCATION","Hà Nội"],["PERSON","Trần Văn Rón"],["ORGANIZATION","Ban Thường vụ Đảng ủy Công an Trung ương"]],
     insp("3", ["Ủy ban Kiểm tra Trung ương"], "CENTRAL_PARTY", "Trần Văn Rón", [], ["Ban Thường vụ Đảng ủy Công an Trung ương"], "CONCLUSION_ANNOUNCED", "2024-11-12", "Hà Nội"), "inspection")
item("bct-draft-report",
     "Thông qua dự thảo báo cáo kết quả kiểm tra tại Ban Nội chính Trung ương",
     "Sáng 14/10, tại Hà Nội, Đoàn kiểm tra số 537 của Bộ Chính trị do đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư làm Trưởng đoàn đã làm việc với Ban Nội chính Trung ương thông qua dự thảo báo cáo kết quả kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội XIII của Đảng.",
     "2022-10-14T12:00:00+07:00",
     [["ORGANIZATION","Ban Nội chính Trung ương"],["LOCATION","Hà Nội"],["ORGANIZATION","Bộ Chính trị"],["PERSON","Trương Thị Mai"],["ORGANIZATION","Ban Bí thư"],["DOCUMENT","Nghị quyết Đại hội XIII của Đảng"],["EVENT","Đại hội XIII của Đảng"]],
     insp("537", ["Bộ Chính trị"], "CENTRAL_PARTY", "Trương Thị Mai", [], ["Ban Nội chính Trung ương"], "DRAFT_REPORT_REVIEW", "2022-10-14", "Hà Nội"), "inspection")
item("bct-deputy",
     "Đoàn kiểm tra của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh",
     "Ngày 9/4, Đoàn kiểm tra số 1560 của Bộ Chính trị do đồng chí Phan Đình Trạc, Ủy viên Bộ Chính trị, Trưởng Ban Nội chính Trung ương làm Trưởng đoàn, đồng chí Nguyễn Thái Học, Phó Trưởng đoàn làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh.",
     "2025-04-09T20:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Quảng Ninh"],["LOCATION","Quảng Ninh"],["PERSON","Phan Đình Trạc"],["ORGANIZATION","Ban Nội chính Trung ương"],["PERSON","Nguyễn Thái Học"]],
     insp("1560", ["Bộ Chính trị"], "CENTRAL_PARTY", "Phan Đình Trạc", ["Nguyễn Thái Học"], ["Ban Thường vụ Tỉnh ủy Quảng Ninh"], "WORKING_SESSION", "2025-04-09", None), "inspection")
item("bct-planned",
     "Bộ Chính trị sẽ kiểm tra việc thực hiện Chỉ thị số 35-CT/TW tại 5 tỉnh",
     "Theo kế hoạch, Đoàn kiểm tra của Bộ Chính trị sẽ kiểm tra việc thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp đối với Ban Thường vụ Tỉnh ủy Thanh Hóa trong tháng 9.",
     "2024-08-20T08:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["DOCUMENT","Chỉ thị số 35-CT/TW"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Thanh Hóa"],["LOCATION","Thanh Hóa"]],
     insp(None, ["Bộ Chính trị"], "CENTRAL_PARTY", None, [], ["Ban Thường vụ Tỉnh ủy Thanh Hóa"], "PLANNED", None, None), "inspection")
item("ubkt-local-number",
     "Đoàn kiểm tra số 12 của Ủy ban Kiểm tra Trung ương công bố quyết định tại Tuyên Quang",
     "Sáng 14/3, tại Tuyên Quang, Đoàn kiểm tra số 12 của Ủy ban Kiểm tra Trung ương đã công bố Quyết định số 245-QĐ/UBKTTW về việc kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Tỉnh ủy Tuyên Quang.",
     "2025-03-14T11:20:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Trung ương"],["LOCATION","Tuyên Quang"],["DOCUMENT","Quyết định số 245-QĐ/UBKTTW"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Tuyên Quang"]],
     insp("12", ["Ủy ban Kiểm tra Trung ương"], "CENTRAL_PARTY", None, [], ["Ban Thường vụ Tỉnh ủy Tuyên Quang"], "DECISION_ANNOUNCED", "2025-03-14", "Tuyên Quang"), "inspection")
item("ktgs-combined",
     "Đoàn kiểm tra, giám sát của Bộ Chính trị làm việc tại Đồng Nai",
     "Chiều 2/7, tại Đồng Nai, Đoàn kiểm tra, giám sát số 8 của Bộ Chính trị do đồng chí Nguyễn Duy Ngọc, Bí thư Trung ương Đảng làm Trưởng đoàn làm việc với Ban Thường vụ Thành ủy Đồng Nai.",
     "2026-07-02T19:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["LOCATION","Đồng Nai"],["PERSON","Nguyễn Duy Ngọc"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["ORGANIZATION","Ban Thường vụ Thành ủy Đồng Nai"]],
     insp("8", ["Bộ Chính trị"], "CENTRAL_PARTY", "Nguyễn Duy Ngọc", [], ["Ban Thường vụ Thành ủy Đồng Nai"], "WORKING_SESSION", "2026-07-02", "Đồng Nai"), "inspection")
# ---- National Assembly ----
item("na-gia-lai",
     "Đoàn giám sát của Ủy ban Thường vụ Quốc hội làm việc tại tỉnh Gia Lai",
     "Ngày 8/8, Đoàn giám sát của Ủy ban Thường vụ Quốc hội về việc thực hiện chính sách, pháp luật về phòng, chống lãng phí do Phó Chủ tịch Quốc hội Nguyễn Đức Hải làm Trưởng đoàn đã làm việc với UBND tỉnh Gia Lai.",
     "2026-08-08T16:45:00+07:00",
     [["ORGANIZATION","Ủy ban Thường vụ Quốc hội"],["LOCATION","Gia Lai"],["ORGANIZATION","Quốc hội"],["PERSON","Nguyễn Đức Hải"],["ORGANIZATION","UBND tỉnh Gia Lai"]],
     insp(None, ["Ủy ban Thường vụ Quốc hội"], "NATIONAL_ASSEMBLY", "Nguyễn Đức Hải", [], ["UBND tỉnh Gia Lai"], "WORKING_SESSION", "2026-08-08", None), "inspection")
item("na-hddt",
     "Đoàn giám sát của Hội đồng Dân tộc khảo sát tại Lào Cai",
     "Sáng 17/5, Đoàn giám sát của Hội đồng Dân tộc do đồng chí Y Thanh Hà Niê Kđăm, Chủ tịch Hội đồng Dân tộc làm Trưởng đoàn làm việc với UBND tỉnh Lào Cai về thực hiện chính sách dân tộc.",
     "2024-05-17T13:00:00+07:00",
     [["ORGANIZATION","Hội đồng Dân tộc"],["LOCATION","Lào Cai"],["ORGANIZATION","UBND tỉnh Lào Cai"],["PERSON","Y Thanh Hà Niê Kđăm"]],
     insp(None, ["Hội đồng Dân tộc"], "NATIONAL_ASSEMBLY", "Y Thanh Hà Niê Kđăm", [], ["UBND tỉnh Lào Cai"], "WORKING_SESSION", "2024-05-17", None), "inspection")
item("na-plenary",
     "Quốc hội thành lập Đoàn giám sát chuyên đề về cải cách hành chính",
     "Đoàn giám sát của Quốc hội sẽ giám sát chuyên đề về việc thực hiện cải cách thủ tục hành chính giai đoạn 2021 - 2025, theo kế hoạch được Ủy ban Thường vụ Quốc hội thông qua ngày 10/1.",
     "2026-01-12T09:00:00+07:00",
     [["ORGANIZATION","Quốc hội"],["ORGANIZATION","Ủy ban Thường vụ Quốc hội"]],
     insp(None, ["Quốc hội"], "NATIONAL_ASSEMBLY", None, [], [], "DECISION_ANNOUNCED", None, None), "inspection")
item("na-committee",
     "Ủy ban Kinh tế và Tài chính giám sát tại Bộ Tài chính",
     "Chiều 3/10, Đoàn giám sát của Ủy ban Kinh tế và Tài chính do Chủ nhiệm Ủy ban Phan Văn Mãi làm Trưởng đoàn đã làm việc với Bộ Tài chính về quản lý nợ công.",
     "2025-10-03T18:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kinh tế và Tài chính"],["ORGANIZATION","Bộ Tài chính"],["PERSON","Phan Văn Mãi"]],
     insp(None, ["Ủy ban Kinh tế và Tài chính"], "NATIONAL_ASSEMBLY", "Phan Văn Mãi", [], ["Bộ Tài chính"], "WORKING_SESSION", "2025-10-03", None), "inspection")
# ---- Government ----
item("gov-pm",
     "Đoàn kiểm tra của Thủ tướng Chính phủ làm việc với Bộ Xây dựng",
     "Ngày 21/2, Đoàn kiểm tra số 5 của Thủ tướng Chính phủ do Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh làm Trưởng đoàn đã làm việc với Bộ Xây dựng về tháo gỡ vướng mắc các dự án giao thông.",
     "2025-02-21T17:00:00+07:00",
     [["ORGANIZATION","Chính phủ"],["ORGANIZATION","Bộ Xây dựng"],["ORGANIZATION","Bộ Tư pháp"],["PERSON","Nguyễn Hải Ninh"]],
     insp("5", ["Thủ tướng Chính phủ"], "GOVERNMENT", "Nguyễn Hải Ninh", [], ["Bộ Xây dựng"], "WORKING_SESSION", "2025-02-21", None), "inspection")
item("gov-government",
     "Đoàn kiểm tra của Chính phủ công bố kết luận tại Cần Thơ",
     "Chiều 30/9, tại Cần Thơ, Đoàn kiểm tra của Chính phủ đã thông báo kết luận kiểm tra việc giải ngân vốn đầu tư công đối với UBND thành phố Cần Thơ.",
     "2025-09-30T19:30:00+07:00",
     [["ORGANIZATION","Chính phủ"],["LOCATION","Cần Thơ"],["ORGANIZATION","UBND thành phố Cần Thơ"]],
     insp(None, ["Chính phủ"], "GOVERNMENT", None, [], ["UBND thành phố Cần Thơ"], "CONCLUSION_ANNOUNCED", "2025-09-30", "Cần Thơ"), "inspection")
# ---- local ----
item("local-province",
     "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Khánh Hòa làm việc với Đảng ủy xã",
     "Sáng 6/6, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Khánh Hòa do đồng chí Hồ Văn Mừng, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn làm việc với Đảng ủy xã Ninh Hải.",
     "2025-06-06T15:00:00+07:00",
     [["ORGANIZATION","Ban Thường vụ Tỉnh ủy Khánh Hòa"],["LOCATION","Khánh Hòa"],["PERSON","Hồ Văn Mừng"],["ORGANIZATION","Đảng ủy xã Ninh Hải"],["ORGANIZATION","Tỉnh ủy"],["LOCATION","Ninh Hải"]],
     insp("2", ["Ban Thường vụ Tỉnh ủy Khánh Hòa"], "LOCAL", "Hồ Văn Mừng", [], ["Đảng ủy xã Ninh Hải"], "WORKING_SESSION", "2025-06-06", None), "inspection")
item("local-old-province",
     "Đoàn giám sát của Tỉnh ủy Hậu Giang làm việc với UBND tỉnh",
     "Ngày 15/8, Đoàn giám sát của Tỉnh ủy Hậu Giang đã làm việc với UBND tỉnh Hậu Giang về công tác phòng, chống tham nhũng.",
     "2023-08-15T10:00:00+07:00",
     [["ORGANIZATION","Tỉnh ủy Hậu Giang"],["LOCATION","Hậu Giang"],["ORGANIZATION","UBND tỉnh Hậu Giang"],["ORGANIZATION","UBND tỉnh"]],
     insp(None, ["Tỉnh ủy Hậu Giang"], "LOCAL", None, [], ["UBND tỉnh Hậu Giang"], "WORKING_SESSION", "2023-08-15", None), "inspection")
item("local-ubkt",
     "Ủy ban Kiểm tra Thành ủy Hà Nội công bố quyết định kiểm tra",
     "Chiều 4/12, Đoàn kiểm tra của Ủy ban Kiểm tra Thành ủy Hà Nội đã công bố quyết định kiểm tra đối với Ban Thường vụ Quận ủy Hoàn Kiếm.",
     "2024-12-04T17:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Thành ủy Hà Nội"],["LOCATION","Hà Nội"],["ORGANIZATION","Ban Thường vụ Quận ủy Hoàn Kiếm"]],
     insp(None, ["Ủy ban Kiểm tra Thành ủy Hà Nội"], "LOCAL", None, [], ["Ban Thường vụ Quận ủy Hoàn Kiếm"], "DECISION_ANNOUNCED", "2024-12-04", None), "inspection")
item("headline-only",
     "Đoàn kiểm tra số 538 của Bộ Chính trị làm việc với Ban Tổ chức Trung ương",
     "",
     "2022-10-11T18:45:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Tổ chức Trung ương"]],
     insp("538", ["Bộ Chính trị"], "CENTRAL_PARTY", None, [], ["Ban Tổ chức Trung ương"], "WORKING_SESSION", None, None), "inspection")
# ---- hard negatives: "kiểm tra" in other senses ----
item("neg-food-safety",
     "Đoàn kiểm tra liên ngành về an toàn thực phẩm làm việc tại chợ Đồng Xuân",
     "Sáng 10/1, Đoàn kiểm tra liên ngành về an toàn thực phẩm của UBND thành phố Hà Nội đã kiểm tra nhiều cơ sở kinh doanh thực phẩm dịp Tết.",
     "2025-01-10T11:00:00+07:00",
     [["ORGANIZATION","UBND thành phố Hà Nội"],["LOCATION","Hà Nội"]], NO, "negative")
item("neg-product",
     "Bộ Công Thương kiểm tra chất lượng xăng dầu tại các cửa hàng",
     "Lực lượng quản lý thị trường thuộc Bộ Công Thương đã kiểm tra 120 cửa hàng xăng dầu, phát hiện 5 cơ sở vi phạm về chất lượng sản phẩm.",
     "2025-05-02T09:00:00+07:00",
     [["ORGANIZATION","Bộ Công Thương"]], NO, "negative")
item("neg-exam",
     "Bộ Giáo dục và Đào tạo kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp",
     "Đoàn kiểm tra của Bộ Giáo dục và Đào tạo đã kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp trung học phổ thông tại Nghệ An.",
     "2025-06-20T10:00:00+07:00",
     [["ORGANIZATION","Bộ Giáo dục và Đào tạo"],["LOCATION","Nghệ An"]], NO, "negative")
item("neg-doping",
     "Vận động viên bị kiểm tra doping sau SEA Games 32",
     "Ban tổ chức cho biết 3 vận động viên đã được kiểm tra doping ngay sau khi kết thúc nội dung thi đấu.",
     "2023-05-14T10:00:00+07:00",
     [["EVENT","SEA Games 32"]], NO, "negative")
item("neg-discipline",
     "Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật nhiều cán bộ",
     "Tại kỳ họp thứ 40, Ủy ban Kiểm tra Trung ương đã xem xét, đề nghị Bộ Chính trị thi hành kỷ luật Ban Thường vụ Tỉnh ủy Bình Dương nhiệm kỳ 2015 - 2020.",
     "2024-05-30T21:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Trung ương"],["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Bình Dương"],["LOCATION","Bình Dương"]], NO, "negative")
item("neg-congress",
     "Khai mạc Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I",
     "Sáng 25/9, Đại hội đại biểu Đảng bộ tỉnh Ninh Bình nhiệm kỳ 2025 - 2030 khai mạc, bầu Ban Chấp hành và Ủy ban Kiểm tra Tỉnh ủy khóa mới.",
     "2025-09-25T10:00:00+07:00",
     [["LOCATION","Ninh Bình"],["ORGANIZATION","Đảng bộ tỉnh Ninh Bình"],["ORGANIZATION","Ủy ban Kiểm tra Tỉnh ủy"]], NO, "negative")
item("neg-health-check",
     "Khám, kiểm tra sức khỏe miễn phí cho người dân vùng lũ",
     "Các bác sĩ Bệnh viện Bạch Mai đã khám, kiểm tra sức khỏe và cấp thuốc miễn phí cho hơn 500 người dân tỉnh Lào Cai.",
     "2024-09-20T10:00:00+07:00",
     [["LOCATION","Lào Cai"]], NO, "negative")
item("neg-gold-price",
     "Giá vàng trong nước tăng mạnh, vượt mốc 120 triệu đồng/lượng",
     "Sáng 22/4, giá vàng miếng SJC tiếp tục tăng 1,5 triệu đồng mỗi lượng ở cả hai chiều mua vào và bán ra.",
     "2026-04-22T10:05:00+07:00",
     [["ORGANIZATION","Công ty Vàng bạc Đá quý Sài Gòn"]], NO, "negative")
item("neg-plenum",
     "Bế mạc Hội nghị Trung ương 10 khóa XIII",
     "Chiều 20/9, tại Hà Nội, Hội nghị Trung ương 10 khóa XIII bế mạc sau 3 ngày làm việc. Tổng Bí thư Tô Lâm phát biểu bế mạc Hội nghị.",
     "2024-09-20T18:00:00+07:00",
     [["EVENT","Hội nghị Trung ương 10 khóa XIII"],["LOCATION","Hà Nội"],["PERSON","Tô Lâm"]], NO, "negative")
item("neg-past-mention",
     "Tỉnh Quảng Trị khắc phục hạn chế sau kiểm tra",
     "Ban Thường vụ Tỉnh ủy Quảng Trị đã chỉ đạo khắc phục các hạn chế mà Ủy ban Kiểm tra Trung ương chỉ ra trong năm trước.",
     "2025-11-02T10:00:00+07:00",
     [["LOCATION","Quảng Trị"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Quảng Trị"],["ORGANIZATION","Ủy ban Kiểm tra Trung ương"]], NO, "negative")
item("neg-tax-inspection",
     "Đoàn thanh tra thuế làm việc với doanh nghiệp",
     "Cơ quan thuế đã thanh tra, kiểm tra 15.000 doanh nghiệp trong 9 tháng, kiến nghị xử lý hơn 30.000 tỷ đồng.",
     "2025-10-10T10:00:00+07:00",
     [], NO, "negative")
item("neg-traffic",
     "Công an tỉnh Hưng Yên kiểm tra nồng độ cồn dịp cuối năm",
     "Lực lượng cảnh sát giao thông Công an tỉnh Hưng Yên đã kiểm tra nồng độ cồn hơn 2.000 trường hợp.",
     "2025-12-28T10:00:00+07:00",
     [["LOCATION","Hưng Yên"],["ORGANIZATION","Công an tỉnh Hưng Yên"]], NO, "negative")
# ---- entity-rich non-inspection ----
item("ent-documents",
     "Ban hành Nghị định số 30/2020/NĐ-CP về công tác văn thư",
     "Chính phủ ban hành Nghị định số 30/2020/NĐ-CP; Ban Bí thư ban hành Quy định số 08-QĐi/TƯ và Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng.",
     "2020-03-05T10:00:00+07:00",
     [["DOCUMENT","Nghị định số 30/2020/NĐ-CP"],["ORGANIZATION","Chính phủ"],["ORGANIZATION","Ban Bí thư"],["DOCUMENT","Quy định số 08-QĐi/TW"],["DOCUMENT","Kết luận số 21-KL/TW"],["ORGANIZATION","Đảng Cộng sản Việt Nam"]], NO, "entities")
item("ent-hcm",
     "TP.HCM đón khách quốc tế tăng mạnh",
     "Theo Sở Du lịch TP.HCM, 10 tháng qua Thành phố Hồ Chí Minh đón 6 triệu lượt khách quốc tế, trong đó khách từ Hàn Quốc và Trung Quốc chiếm tỷ lệ cao nhất.",
     "2025-11-05T10:00:00+07:00",
     [["LOCATION","Hồ Chí Minh"],["LOCATION","Hàn Quốc"],["LOCATION","Trung Quốc"],["ORGANIZATION","Sở Du lịch TP.HCM"]], NO, "entities")
item("ent-congress",
     "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp",
     "Đại hội XIV của Đảng đã bầu Ban Chấp hành Trung ương khóa XIV; Tổng Bí thư Tô Lâm phát biểu bế mạc.",
     "2026-01-25T12:00:00+07:00",
     [["EVENT","Đại hội XIV của Đảng"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["PERSON","Tô Lâm"],["ORGANIZATION","Đảng Cộng sản Việt Nam"]], NO, "entities")
item("ent-law",
     "Quốc hội thông qua Nghị quyết số 176/2025/QH15 về cơ cấu tổ chức Chính phủ",
     "Với đa số đại biểu tán thành, Quốc hội đã thông qua Nghị quyết số 176/2025/QH15 ngày 18/2/2025, theo đó Bộ Tài chính hợp nhất với Bộ Kế hoạch và Đầu tư.",
     "2025-02-18T15:00:00+07:00",
     [["ORGANIZATION","Quốc hội"],["DOCUMENT","Nghị quyết số 176/2025/QH15"],["ORGANIZATION","Chính phủ"],["ORGANIZATION","Bộ Tài chính"],["ORGANIZATION","Bộ Kế hoạch và Đầu tư"]], NO, "entities")
item("ent-persons",
     "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản",
     "Chiều 3/4, tại Hà Nội, Chủ tịch nước Lương Cường đã tiếp Đại sứ Nhật Bản tại Việt Nam; cùng dự có ông Lê Khánh Hải, Chủ nhiệm Văn phòng Chủ tịch nước.",
     "2025-04-03T18:00:00+07:00",
     [["PERSON","Lương Cường"],["LOCATION","Nhật Bản"],["LOCATION","Hà Nội"],["LOCATION","Việt Nam"],["PERSON","Lê Khánh Hải"],["ORGANIZATION","Văn phòng Chủ tịch nước"]], NO, "entities")

# ---- added after a held-out spot check (docs/QUALITY.md): written after the rules, run once, then kept here ----
item("heldout-bct-bac-ninh",
     "Đoàn kiểm tra của Bộ Chính trị làm việc tại Bắc Ninh",
     "Ngày 3/3, Đoàn kiểm tra số 1920 của Bộ Chính trị do đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bắc Ninh về công tác phòng, chống tham nhũng.",
     "2025-03-03T17:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["LOCATION","Bắc Ninh"],["PERSON","Lê Hoài Trung"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["ORGANIZATION","Văn phòng Trung ương Đảng"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Bắc Ninh"]],
     insp("1920", ["Bộ Chính trị"], "CENTRAL_PARTY", "Lê Hoài Trung", [], ["Ban Thường vụ Tỉnh ủy Bắc Ninh"], "WORKING_SESSION", "2025-03-03", None), "inspection")
item("heldout-neg-working-trip",
     "Tổng Bí thư Tô Lâm làm việc với Thành ủy Hà Nội",
     "Chiều 25/9, Đoàn công tác của Bộ Chính trị do Tổng Bí thư Tô Lâm dẫn đầu đã làm việc với Ban Thường vụ Thành ủy Hà Nội.",
     "2025-09-25T18:00:00+07:00",
     [["PERSON","Tô Lâm"],["ORGANIZATION","Thành ủy Hà Nội"],["LOCATION","Hà Nội"],["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Thành ủy Hà Nội"]], NO, "negative")
item("heldout-bbt-draft",
     "Đoàn giám sát của Ban Bí thư thông qua dự thảo báo cáo tại Quảng Ninh",
     "Sáng 14/11, Đoàn giám sát số 99 của Ban Bí thư do đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư làm Trưởng đoàn đã thông qua dự thảo báo cáo kết quả giám sát đối với Ban Thường vụ Tỉnh ủy Quảng Ninh.",
     "2025-11-14T12:00:00+07:00",
     [["ORGANIZATION","Ban Bí thư"],["LOCATION","Quảng Ninh"],["PERSON","Trần Cẩm Tú"],["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Quảng Ninh"]],
     insp("99", ["Ban Bí thư"], "CENTRAL_PARTY", "Trần Cẩm Tú", [], ["Ban Thường vụ Tỉnh ủy Quảng Ninh"], "DRAFT_REPORT_REVIEW", "2025-11-14", None), "inspection")
item("heldout-neg-ministry-health",
     "Bộ Y tế kiểm tra phòng, chống sốt xuất huyết tại Hà Nội",
     "Đoàn kiểm tra của Bộ Y tế đã kiểm tra công tác phòng, chống dịch sốt xuất huyết tại một số quận của Hà Nội.",
     "2025-10-02T10:00:00+07:00",
     [["ORGANIZATION","Bộ Y tế"],["LOCATION","Hà Nội"]], NO, "negative")

# ---- constructions of real reporting (issue: inspection alerts on real text), in our own words and names ----
item("rt-ubtvqh-sets-up",
     "Ủy ban Thường vụ Quốc hội lập Đoàn giám sát về quản lý khoáng sản",
     "Theo Nghị quyết vừa được ký ban hành, Ủy ban Thường vụ Quốc hội thành lập Đoàn giám sát về việc thực hiện chính sách, pháp luật về quản lý khoáng sản giai đoạn 2020 - 2025 do Phó Chủ tịch Quốc hội Vũ Hồng Minh làm Trưởng đoàn.",
     "2026-04-02T10:00:00+07:00",
     [["ORGANIZATION","Ủy ban Thường vụ Quốc hội"],["ORGANIZATION","Quốc hội"],["PERSON","Vũ Hồng Minh"]],
     insp(None, ["Ủy ban Thường vụ Quốc hội"], "NATIONAL_ASSEMBLY", "Vũ Hồng Minh", [], [], "DECISION_ANNOUNCED", None, None, "SUPERVISION"), "inspection")
item("rt-pm-working-group-sets-up",
     "Tổ công tác của Thủ tướng lập Đoàn kiểm tra tại hai bộ",
     "Tổ công tác của Thủ tướng Chính phủ vừa quyết định thành lập Đoàn kiểm tra việc thực hiện nhiệm vụ Chính phủ giao tại Bộ Xây dựng và Bộ Y tế, do Thứ trưởng Bộ Nội vụ Phan Thanh Tùng làm Trưởng đoàn.",
     "2026-03-18T09:00:00+07:00",
     [["ORGANIZATION","Chính phủ"],["ORGANIZATION","Bộ Xây dựng"],["ORGANIZATION","Bộ Y tế"],["ORGANIZATION","Bộ Nội vụ"],["PERSON","Phan Thanh Tùng"]],
     insp(None, ["Thủ tướng Chính phủ"], "GOVERNMENT", "Phan Thanh Tùng", [], ["Bộ Xây dựng", "Bộ Y tế"], "DECISION_ANNOUNCED", None, None, "INSPECTION"), "inspection")
item("rt-deputy-pm-heads",
     "Đoàn kiểm tra số 2 làm việc tại Gia Lai",
     "Sáng 14.5, Đoàn kiểm tra số 2 được thành lập theo quyết định của Thủ tướng, do Phó Thủ tướng Trần Minh Khoa làm Trưởng đoàn, đã làm việc với UBND tỉnh Gia Lai về giải ngân vốn đầu tư công.",
     "2026-05-14T16:00:00+07:00",
     [["LOCATION","Gia Lai"],["ORGANIZATION","UBND tỉnh Gia Lai"],["PERSON","Trần Minh Khoa"]],
     insp("2", ["Thủ tướng Chính phủ"], "GOVERNMENT", "Trần Minh Khoa", [], ["UBND tỉnh Gia Lai"], "WORKING_SESSION", "2026-05-14", None, "INSPECTION"), "inspection")
item("rt-ethnic-council",
     "Đoàn giám sát của Hội đồng Dân tộc của Quốc hội làm việc tại Điện Biên",
     "Chiều 8/7, Đoàn giám sát của Hội đồng Dân tộc của Quốc hội do Phó Chủ tịch Hội đồng Dân tộc Lò Văn Sơn làm Trưởng đoàn đã làm việc với UBND tỉnh Điện Biên về chính sách hỗ trợ đồng bào dân tộc thiểu số.",
     "2026-07-08T18:00:00+07:00",
     [["ORGANIZATION","Hội đồng Dân tộc"],["LOCATION","Điện Biên"],["ORGANIZATION","UBND tỉnh Điện Biên"],["PERSON","Lò Văn Sơn"]],
     insp(None, ["Hội đồng Dân tộc"], "NATIONAL_ASSEMBLY", "Lò Văn Sơn", [], ["UBND tỉnh Điện Biên"], "WORKING_SESSION", "2026-07-08", None, "SUPERVISION"), "inspection")
item("rt-provincial-na-delegation",
     "Đoàn đại biểu Quốc hội tỉnh Sơn La giám sát việc sắp xếp trường học",
     "Ngày 3-4, Đoàn đại biểu Quốc hội tỉnh Sơn La tổ chức giám sát việc sắp xếp mạng lưới trường học tại Sở Giáo dục và Đào tạo tỉnh Sơn La.",
     "2026-04-03T15:00:00+07:00",
     [["ORGANIZATION","Đoàn đại biểu Quốc hội tỉnh Sơn La"],["LOCATION","Sơn La"],["ORGANIZATION","Sở Giáo dục và Đào tạo tỉnh Sơn La"]],
     insp(None, ["Đoàn đại biểu Quốc hội tỉnh Sơn La"], "NATIONAL_ASSEMBLY", None, [], ["Sở Giáo dục và Đào tạo tỉnh Sơn La"], "WORKING_SESSION", "2026-04-03", None, "SUPERVISION"), "inspection")
item("rt-peoples-council",
     "Thường trực HĐND tỉnh giám sát công tác tiếp công dân",
     "Sáng 21/10, Thường trực HĐND tỉnh Cao Bằng tổ chức giám sát việc tiếp công dân, giải quyết khiếu nại tại UBND huyện Hòa An.",
     "2025-10-21T12:00:00+07:00",
     [["ORGANIZATION","HĐND tỉnh"],["ORGANIZATION","HĐND tỉnh Cao Bằng"],["LOCATION","Cao Bằng"],["ORGANIZATION","UBND huyện Hòa An"],["LOCATION","Hòa An"]],
     insp(None, ["HĐND tỉnh Cao Bằng"], "LOCAL", None, [], ["UBND huyện Hòa An"], "WORKING_SESSION", "2025-10-21", None, "SUPERVISION"), "inspection")
item("rt-bare-standing-board",
     "Ban Thường vụ Tỉnh ủy kiểm tra Đảng ủy xã Tân Lập",
     "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Hà Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm Trưởng đoàn đã công bố quyết định kiểm tra đối với Ban Thường vụ Đảng ủy xã Tân Lập, tỉnh Phú Thọ.",
     "2026-02-10T11:00:00+07:00",
     [["ORGANIZATION","Ban Thường vụ Tỉnh ủy"],["ORGANIZATION","Đảng ủy xã Tân Lập"],["ORGANIZATION","Ủy ban Kiểm tra Tỉnh ủy"],["ORGANIZATION","Ban Thường vụ Đảng ủy xã Tân Lập"],["PERSON","Hà Thị Ngân"],["LOCATION","Phú Thọ"],["LOCATION","Tân Lập"]],
     insp(None, ["Ban Thường vụ Tỉnh ủy Phú Thọ"], "LOCAL", "Hà Thị Ngân", [], ["Ban Thường vụ Đảng ủy xã Tân Lập"], "DECISION_ANNOUNCED", None, None, "INSPECTION"), "inspection")
item("rt-results-notice",
     "Thông báo kết quả kiểm tra của Ủy ban Kiểm tra Trung ương tại Quảng Trị",
     "Ngày 2/12, Đoàn kiểm tra số 17 của Ủy ban Kiểm tra Trung ương đã thông báo kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy Quảng Trị.",
     "2025-12-02T17:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Trung ương"],["LOCATION","Quảng Trị"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Quảng Trị"]],
     insp("17", ["Ủy ban Kiểm tra Trung ương"], "CENTRAL_PARTY", None, [], ["Ban Thường vụ Tỉnh ủy Quảng Trị"], "CONCLUSION_ANNOUNCED", "2025-12-02", None, "INSPECTION"), "inspection")
item("rt-draft-in-second-sentence",
     "Đoàn giám sát của Ban Bí thư làm việc với Đảng ủy Chính phủ",
     "Chiều 19/9, Đoàn giám sát số 9 của Ban Bí thư do đồng chí Đinh Văn Thịnh, Bí thư Trung ương Đảng làm Trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy Chính phủ. Tại buổi làm việc, Đoàn đã thông qua dự thảo Báo cáo kết quả giám sát.",
     "2025-09-19T19:00:00+07:00",
     [["ORGANIZATION","Ban Bí thư"],["ORGANIZATION","Đảng ủy Chính phủ"],["ORGANIZATION","Ban Thường vụ Đảng ủy Chính phủ"],["PERSON","Đinh Văn Thịnh"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"]],
     insp("9", ["Ban Bí thư"], "CENTRAL_PARTY", "Đinh Văn Thịnh", [], ["Ban Thường vụ Đảng ủy Chính phủ"], "DRAFT_REPORT_REVIEW", "2025-09-19", None, "SUPERVISION"), "inspection")
item("rt-leads-the-delegation",
     "Đoàn kiểm tra của Ban Bí thư công bố quyết định tại Lạng Sơn",
     "Ngày 11/6, bà Lương Thị Hạnh, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương dẫn đầu Đoàn kiểm tra của Ban Bí thư đã công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Lạng Sơn.",
     "2024-06-11T15:00:00+07:00",
     [["ORGANIZATION","Ban Bí thư"],["LOCATION","Lạng Sơn"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Lạng Sơn"],["PERSON","Lương Thị Hạnh"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["ORGANIZATION","Ban Dân vận Trung ương"]],
     insp(None, ["Ban Bí thư"], "CENTRAL_PARTY", "Lương Thị Hạnh", [], ["Ban Thường vụ Tỉnh ủy Lạng Sơn"], "DECISION_ANNOUNCED", "2024-06-11", None, "INSPECTION"), "inspection")
item("rt-title-chain-military",
     "Công bố quyết định kiểm tra, giám sát đối với Ban Thường vụ Đảng ủy Quân sự tỉnh Nghệ An",
     "Sáng 6/3, Đoàn kiểm tra, giám sát số 21 của Bộ Chính trị, Ban Bí thư do bà Nguyễn Thị Thu Hương, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, làm Trưởng đoàn đã công bố quyết định kiểm tra, giám sát đối với Ban Thường vụ Đảng ủy Quân sự tỉnh Nghệ An.",
     "2026-03-06T12:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Bí thư"],["ORGANIZATION","Ban Thường vụ Đảng ủy Quân sự tỉnh Nghệ An"],["LOCATION","Nghệ An"],["PERSON","Nguyễn Thị Thu Hương"],["ORGANIZATION","Ban Chấp hành Trung ương Đảng"],["ORGANIZATION","Ban Tổ chức Trung ương"]],
     insp("21", ["Bộ Chính trị", "Ban Bí thư"], "CENTRAL_PARTY", "Nguyễn Thị Thu Hương", [], ["Ban Thường vụ Đảng ủy Quân sự tỉnh Nghệ An"], "DECISION_ANNOUNCED", "2026-03-06", None, "INSPECTION_AND_SUPERVISION"), "inspection")
item("rt-date-after-decision",
     "Đoàn kiểm tra số 30 làm việc với Ban Thường vụ Thành ủy Cần Thơ",
     "Thực hiện Quyết định số 318-QĐ/TW ngày 2/1/2026 của Bộ Chính trị, ngày 20/1, Đoàn kiểm tra số 30 của Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ.",
     "2026-01-20T20:00:00+07:00",
     [["ORGANIZATION","Bộ Chính trị"],["ORGANIZATION","Ban Thường vụ Thành ủy Cần Thơ"],["LOCATION","Cần Thơ"],["DOCUMENT","Quyết định số 318-QĐ/TW"]],
     insp("30", ["Bộ Chính trị"], "CENTRAL_PARTY", None, [], ["Ban Thường vụ Thành ủy Cần Thơ"], "WORKING_SESSION", "2026-01-20", None, "INSPECTION"), "inspection")
item("rt-list-of-boards",
     "Đoàn kiểm tra của Ủy ban Kiểm tra Trung ương công bố quyết định tại ba tỉnh",
     "Ngày 9/4, tại Điện Biên, Đoàn kiểm tra số 5 của Ủy ban Kiểm tra Trung ương đã công bố quyết định kiểm tra đối với các Ban Thường vụ Tỉnh ủy Lai Châu, Điện Biên và Sơn La.",
     "2026-04-09T17:00:00+07:00",
     [["ORGANIZATION","Ủy ban Kiểm tra Trung ương"],["LOCATION","Điện Biên"],["ORGANIZATION","Ban Thường vụ Tỉnh ủy Lai Châu"],["LOCATION","Lai Châu"],["LOCATION","Sơn La"]],
     insp("5", ["Ủy ban Kiểm tra Trung ương"], "CENTRAL_PARTY", None, [], ["Ban Thường vụ Tỉnh ủy Lai Châu", "Ban Thường vụ Tỉnh ủy Điện Biên", "Ban Thường vụ Tỉnh ủy Sơn La"], "DECISION_ANNOUNCED", "2026-04-09", "Điện Biên", "INSPECTION"), "inspection")
item("rt-working-group-purpose",
     "Đoàn công tác của Ban Chỉ đạo Trung ương làm việc tại Bình Phước",
     "Chiều 20/11, Đoàn công tác của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực do ông Trịnh Văn Quyết làm Trưởng đoàn đã làm việc tại Bình Phước để kiểm tra việc xử lý các vụ án.",
     "2024-11-20T18:00:00+07:00",
     [["ORGANIZATION","Ban Chỉ đạo Trung ương"],["LOCATION","Bình Phước"],["PERSON","Trịnh Văn Quyết"]],
     insp(None, ["Ban Chỉ đạo Trung ương"], "CENTRAL_PARTY", "Trịnh Văn Quyết", [], [], "WORKING_SESSION", "2024-11-20", "Bình Phước", "WORKING_GROUP"), "inspection")
item("rt-neg-flood-visit",
     "Đoàn công tác của Trung ương kiểm tra khắc phục hậu quả mưa lũ tại Yên Bái",
     "Chiều 15/9, Đoàn công tác của Trung ương do Phó Thủ tướng Lê Văn Hải dẫn đầu đã đến kiểm tra công tác khắc phục hậu quả mưa lũ tại tỉnh Yên Bái.",
     "2024-09-15T19:00:00+07:00",
     [["LOCATION","Yên Bái"],["PERSON","Lê Văn Hải"]], NO, "negative")
item("rt-neg-youth-union",
     "Tỉnh đoàn Nghệ An kiểm tra, giám sát công tác Đoàn tại 5 huyện",
     "Ban Thường vụ Tỉnh đoàn Nghệ An thành lập đoàn kiểm tra, giám sát công tác đoàn và phong trào thanh niên tại 5 huyện.",
     "2025-05-12T09:00:00+07:00",
     [["LOCATION","Nghệ An"],["ORGANIZATION","Tỉnh Đoàn"],["ORGANIZATION","Ban Thường vụ Tỉnh Đoàn"]], NO, "negative")
item("rt-neg-person-not-province",
     "Phó Thủ tướng Trần Hòa Bình làm việc với Bộ Tài chính",
     "Chiều 5/5, Phó Thủ tướng Trần Hòa Bình đã làm việc với lãnh đạo Bộ Tài chính về dự toán ngân sách.",
     "2026-05-05T18:00:00+07:00",
     [["PERSON","Trần Hòa Bình"],["ORGANIZATION","Bộ Tài chính"]], NO, "negative")
item("rt-neg-old-province",
     "Kiên Giang đón hơn 1 triệu lượt khách dịp Tết",
     "Trong dịp Tết Nguyên đán, tỉnh Kiên Giang đón hơn 1 triệu lượt khách, trong đó có nhiều khách từ Campuchia và Thái Lan.",
     "2019-02-12T10:00:00+07:00",
     [["LOCATION","Kiên Giang"],["LOCATION","Campuchia"],["LOCATION","Thái Lan"]], NO, "negative")
item("rt-neg-org-country-name",
     "Hội Nhà báo Việt Nam ký kết hợp tác tại Viêng Chăn",
     "Ngày 4/8, tại Viêng Chăn, Hội Nhà báo Việt Nam và Hội Nhà báo Lào đã ký biên bản hợp tác giai đoạn 2026 - 2030.",
     "2026-08-04T20:00:00+07:00",
     [["LOCATION","Viêng Chăn"]], NO, "negative")

def nfd(s):
    return unicodedata.normalize("NFD", s)

OLD_NEW = {}
for tone_old, tone_new in zip("òóỏõọ", "àáảãạ"):
    OLD_NEW[tone_old + "a"] = "o" + tone_new
for tone_old, tone_new in zip("òóỏõọ", "èéẻẽẹ"):
    OLD_NEW[tone_old + "e"] = "o" + tone_new
for tone_old, tone_new in zip("ùúủũụ", "ỳýỷỹỵ"):
    OLD_NEW[tone_old + "y"] = "u" + tone_new
OLD_NEW["Ủy"] = "Uỷ"

def new_style(s):
    import re
    for old, new in OLD_NEW.items():
        s = re.sub(old + r"(?![\w])", new, s)
    return s

VARIANTS = [
    ("nfd", ["bct-decision-hai-phong", "na-gia-lai", "local-province", "neg-food-safety", "ent-documents"], lambda t, l: (nfd(t), nfd(l))),
    ("newtone", ["ubkt-conclusion", "local-old-province", "gov-pm", "neg-discipline", "ent-law"], lambda t, l: (new_style(t), new_style(l))),
    ("caps", ["bbt-working-nghe-an", "ktgs-combined", "neg-exam", "na-committee"], lambda t, l: (t.upper(), l)),
]

def main():
    rows = list(B)
    by_id = {b["id"]: b for b in B}
    for name, ids, fn in VARIANTS:
        for i in ids:
            b = dict(by_id[i])
            b["title"], b["lead"] = fn(b["title"], b["lead"])
            b["id"] = i + "~" + name
            b["variant"] = name
            rows.append(b)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d items (%d base) to %s" % (len(rows), len(B), os.path.normpath(OUT)))

main()
