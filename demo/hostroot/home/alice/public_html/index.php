<?php
/* Alice's bakery: front page. */
require __DIR__ . '/config.php';
$products = ['bread' => 3.20, 'croissant' => 1.80, 'baguette' => 2.10];
?>
<!doctype html>
<html><head><title><?= htmlspecialchars($site_name) ?></title></head>
<body>
<h1>Welcome to <?= htmlspecialchars($site_name) ?></h1>
<ul>
<?php foreach ($products as $name => $price): ?>
  <li><?= htmlspecialchars($name) ?>: <?= number_format($price, 2) ?> EUR</li>
<?php endforeach; ?>
</ul>
</body></html>
