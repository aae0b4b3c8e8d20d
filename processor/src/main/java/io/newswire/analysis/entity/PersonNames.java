package io.newswire.analysis.entity;

import io.newswire.analysis.text.Chars;
import java.util.Set;

/** What a Vietnamese personal name looks like: 2–4 capitalised syllables, surname first. */
final class PersonNames {
  static final Set<String> SURNAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Tô", "Trịnh", "Trương", "Đào", "Đinh", "Mai", "Lâm",
      "Hà", "Đoàn", "Cao", "Lưu", "Lại", "Tạ", "Hầu", "Triệu", "Thái", "Vương", "Quách", "La", "Kiều", "Từ", "Chu",
      "Châu", "Giang", "Tăng", "Lò", "Hứa", "Mạc", "Thân", "Văn", "Phùng", "Nông", "Y", "Tòng", "Giàng", "Lường",
      "Quàng", "Điểu", "Ksor", "Rơ", "Sùng", "Vàng", "Thào", "Cầm", "Khổng", "Ninh", "Doãn", "Âu", "Uông");
  /** Syllables that start titles, organs and sentences, never names. */
  static final Set<String> NOT_NAMES = Set.of("Trưởng", "Phó", "Bộ", "Ban", "Ủy", "Uỷ", "Chủ", "Bí", "Tổng", "Thứ",
      "Đoàn", "Đồng", "Hội", "Sở", "Cục", "Vụ", "Viện", "Tỉnh", "Thành", "Huyện", "Xã", "Phường", "Quốc", "Nhà",
      "Đảng", "Nghị", "Chỉ", "Kết", "Quyết", "Thủ", "Đại", "Trung", "Chính", "Công", "Ngân", "Kiểm", "Thanh", "Tòa",
      "Toà", "Lễ", "Giải", "Theo", "Tại", "Ngày", "Sáng", "Chiều", "Tối", "Trong", "Sau", "Với", "Các", "Những",
      "Một", "Đây", "Này", "Ông", "Bà", "Anh", "Chị", "Cùng", "Dự", "Phát", "Tiếp", "Nhấn", "Thay", "Thực", "Mặc",
      "Kế", "Chương", "Hướng", "Thông", "Quy", "Luật", "Điều", "Học", "Báo", "Đài", "Sài", "Ảnh", "Nguồn", "Khi",
      "Tuy", "Nhưng", "Đến", "Để", "Về", "Qua", "Cuộc", "Buổi", "Tháng", "Năm", "Tuần", "Hôm", "Đêm", "Trưa",
      "Việt", "Hà", "Hồ", "Thường", "Văn", "Cán", "Lãnh", "Quân", "Tư", "Giám", "Kinh", "Xây", "Nội", "Tài");
  static final Set<String> MIDDLE = Set.of("Văn", "Thị", "Đình", "Quốc", "Minh", "Hữu", "Đức", "Xuân", "Thanh",
      "Ngọc", "Hoàng", "Công", "Trọng", "Quang", "Anh", "Thành", "Tiến", "Mạnh", "Hồng", "Thu", "Bá", "Duy", "Kim",
      "Khắc", "Viết", "Thế", "Huy", "Tuấn", "Hải", "Nam", "Phương", "Lý", "Lê", "Tấn", "Vĩnh", "A");

  private PersonNames() {}

  static boolean isSyllable(String word) {
    if (word.isEmpty() || !Chars.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i)) && Character.getType(word.charAt(i)) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return word.length() <= 7;
  }
}
