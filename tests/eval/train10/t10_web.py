TECHS = ()
KIND_CAT = {}
