<?php
$site_name = "Alice's bakery";
$db = ['host' => 'localhost', 'name' => 'alice_shop', 'user' => 'alice_shop'];
