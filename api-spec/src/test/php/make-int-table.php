<?php
// Writes php/php-int-table.jsonl: PHP's (int) of each text below, one {"text", "int"} per line.
// Run: php api-spec/src/test/php/make-int-table.php > api-spec/src/test/resources/php/php-int-table.jsonl
$texts = ["0", "1", "-1", "+3", " 12", "12 ", " 12abc", "12abc", "abc", "", " ", "-", "+", ".", "2.9", "-2.9",
    "0.5", "-0.5", ".5", ".5e1", "5.", "1e3", "1E3", "1e3abc", "1e+2", "1e-2", "1e", "1e+", "2.5e1x", "1.9e2.5",
    "0x1A", "0b11", "0o7", "017", "00012", "  -0012x", "\t7", "\n8", "\r9", "\v5", "\f7", "\x00" . "5", "\xc2\xa0" . "5",
    "1_000", "1,000", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "9999999999999999999", "-9999999999999999999", "1e19", "-1e19", "1e400", "-1e400",
    "NAN", "INF", "12345678901234567890123", "3.999999999999999999999", "--1", "+-1", "1-2", " +0", "-0",
    "reason", "bounced", "2 apples", "٣", "１２"];
foreach ($texts as $text) {
    echo json_encode(["text" => $text, "int" => (int) $text], JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
}
