<?php
// PHP's own reading of request input, for the differential table of the PHP input reader (make-table.py runs this
// under `php -S`). Answers the variables as a JSON list of [key, value] pairs: integer keys as numbers, strings as
// strings (or {"hex": ...} when they are not UTF-8), arrays as nested pair lists.
function pairs(array $array): array {
    $out = [];
    foreach ($array as $key => $value) {
        $out[] = [is_int($key) ? $key : text($key), is_array($value) ? pairs($value) : text($value)];
    }
    return $out;
}
function text(string $s) {
    return mb_check_encoding($s, 'UTF-8') ? $s : ['hex' => bin2hex($s)];
}
$mode = $_SERVER['HTTP_X_READ'] ?? 'get';
if ($mode === 'get') {
    $vars = $_GET;
} elseif ($mode === 'post') {
    $vars = $_POST;
} else {
    parse_str(file_get_contents('php://input'), $vars);
}
header('Content-Type: application/json');
echo json_encode(pairs($vars), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
